package io.riffle.api.common.typeutils;

import io.riffle.api.common.typeinfo.TypeInformation;
import java.util.Arrays;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Type information of a type with named, positional fields: tuples, POJOs and records. Field
 * expressions are plain field names ({@code "f0"}, {@code "word"}); Flink's nested expressions
 * ({@code "f0.word"}) are not supported.
 */
@ProviderType
public abstract class CompositeType<T> extends TypeInformation<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> typeClass;

    protected CompositeType(Class<T> typeClass) {
        this.typeClass = typeClass;
    }

    /** The names of the fields, by position. */
    public abstract String[] getFieldNames();

    /** The type of the field at position {@code pos}. */
    public abstract <X> TypeInformation<X> getTypeAt(int pos);

    /** The position of the field called {@code fieldName}, or -1 if there is none. */
    public int getFieldIndex(String fieldName) {
        return Arrays.asList(getFieldNames()).indexOf(fieldName);
    }

    /** The type of the field called {@code fieldName}. */
    public <X> TypeInformation<X> getTypeAt(String fieldName) {
        int pos = getFieldIndex(fieldName);
        if (pos < 0) {
            throw new IllegalArgumentException(
                    this + " has no field '" + fieldName + "'; its fields are " + Arrays.toString(getFieldNames()));
        }
        return getTypeAt(pos);
    }

    public boolean hasField(String fieldName) {
        return getFieldIndex(fieldName) >= 0;
    }

    @Override
    public Class<T> getTypeClass() {
        return typeClass;
    }

    @Override
    public int getTotalFields() {
        int total = 0;
        for (int i = 0; i < getArity(); i++) {
            total += getTypeAt(i).getTotalFields();
        }
        return total;
    }

    /** Whether all fields are key types, the condition for composite types to be keys. */
    @Override
    public boolean isKeyType() {
        for (int i = 0; i < getArity(); i++) {
            if (!getTypeAt(i).isKeyType()) {
                return false;
            }
        }
        return true;
    }
}
