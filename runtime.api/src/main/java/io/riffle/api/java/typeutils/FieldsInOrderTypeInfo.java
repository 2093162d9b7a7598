package io.riffle.api.java.typeutils;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.CompositeType;
import io.riffle.api.common.typeutils.TypeSerializer;
import java.util.Arrays;

/**
 * A composite type whose fields have a fixed order given at construction: tuples and records.
 * Equal when the class and the field types are.
 */
abstract class FieldsInOrderTypeInfo<T> extends CompositeType<T> {

    private static final long serialVersionUID = 1L;

    private final String[] fieldNames;
    private final TypeInformation<?>[] types;

    FieldsInOrderTypeInfo(Class<T> typeClass, String[] fieldNames, TypeInformation<?>[] types) {
        super(typeClass);
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
    public int getArity() {
        return types.length;
    }

    /** One serializer per field, in field order. */
    TypeSerializer<?>[] fieldSerializers(SerializerConfig config) {
        TypeSerializer<?>[] serializers = new TypeSerializer<?>[types.length];
        for (int i = 0; i < types.length; i++) {
            serializers[i] = types[i].createSerializer(config);
        }
        return serializers;
    }

    String fieldName(int pos) {
        return fieldNames[pos];
    }

    @Override
    public boolean equals(Object obj) {
        return obj != null && obj.getClass() == getClass()
                && getTypeClass() == ((FieldsInOrderTypeInfo<?>) obj).getTypeClass()
                && Arrays.equals(types, ((FieldsInOrderTypeInfo<?>) obj).types);
    }

    @Override
    public int hashCode() {
        return 31 * getTypeClass().hashCode() + Arrays.hashCode(types);
    }
}
