package io.riffle.streaming.util.typeutils;

import io.riffle.api.common.typeinfo.TypeInformation;
import java.io.Serializable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads and replaces one field of records of type {@code T}. Create one with
 * {@link FieldAccessorFactory}.
 *
 * @param <T> the record type
 * @param <F> the field type
 */
@ProviderType
public abstract class FieldAccessor<T, F> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TypeInformation<F> fieldType;

    protected FieldAccessor(TypeInformation<F> fieldType) {
        this.fieldType = fieldType;
    }

    public TypeInformation<F> getFieldType() {
        return fieldType;
    }

    /** The field's value in {@code record}. */
    public abstract F get(T record);

    /** A copy of {@code record} whose field is {@code fieldValue}; {@code record} itself is left unchanged. */
    public abstract T set(T record, F fieldValue);
}
