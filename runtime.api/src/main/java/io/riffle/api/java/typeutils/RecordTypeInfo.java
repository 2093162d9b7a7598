package io.riffle.api.java.typeutils;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.CompositeType;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.api.java.typeutils.runtime.RecordSerializer;
import java.util.Arrays;
import java.util.StringJoiner;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Type information of a public Java record. Unlike Flink (which treats records as POJOs with fields
 * sorted by name), fields keep the order of the record components, the order of the canonical
 * constructor, so position {@code i} is the {@code i}-th component. Records are key types when all
 * components are: their {@code equals} and {@code hashCode} are value-based.
 */
@ProviderType
public final class RecordTypeInfo<T> extends CompositeType<T> {

    private static final long serialVersionUID = 1L;

    private final String[] fieldNames;
    private final TypeInformation<?>[] types;

    /** {@code fieldNames} and {@code types} in component order. */
    public RecordTypeInfo(Class<T> recordClass, String[] fieldNames, TypeInformation<?>[] types) {
        super(recordClass);
        if (!recordClass.isRecord()) {
            throw new IllegalArgumentException(recordClass.getName() + " is not a record");
        }
        if (fieldNames.length != types.length || fieldNames.length != recordClass.getRecordComponents().length) {
            throw new IllegalArgumentException("record " + recordClass.getName() + " has "
                    + recordClass.getRecordComponents().length + " components, got " + fieldNames.length
                    + " names and " + types.length + " types");
        }
        this.fieldNames = fieldNames.clone();
        this.types = types.clone();
    }

    @Override
    public String[] getFieldNames() {
        return fieldNames.clone();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <X> TypeInformation<X> getTypeAt(int pos) {
        if (pos < 0 || pos >= types.length) {
            throw new IndexOutOfBoundsException("field " + pos + " of " + this);
        }
        return (TypeInformation<X>) types[pos];
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return types.length;
    }

    @Override
    public TypeSerializer<T> createSerializer(SerializerConfig config) {
        TypeSerializer<?>[] serializers = new TypeSerializer<?>[types.length];
        for (int i = 0; i < types.length; i++) {
            serializers[i] = types[i].createSerializer(config);
        }
        return new RecordSerializer<>(getTypeClass(), serializers);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RecordTypeInfo<?> other
                && getTypeClass() == other.getTypeClass()
                && Arrays.equals(types, other.types);
    }

    @Override
    public int hashCode() {
        return 31 * getTypeClass().hashCode() + Arrays.hashCode(types);
    }

    @Override
    public String toString() {
        StringJoiner joiner = new StringJoiner(", ", "Record<" + getTypeClass().getName() + ", fields = [", "]>");
        for (int i = 0; i < types.length; i++) {
            joiner.add(fieldNames[i] + ": " + types[i]);
        }
        return joiner.toString();
    }
}
