package io.riffle.streaming.util.typeutils;

import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.java.typeutils.runtime.RecordSerializer;

/** A record component; {@code set} builds a new record through the canonical constructor. */
final class RecordFieldAccessor<T, F> extends FieldAccessor<T, F> {

    private static final long serialVersionUID = 1L;

    private final RecordSerializer<T> serializer;
    private final int pos;

    RecordFieldAccessor(RecordSerializer<T> serializer, int pos, TypeInformation<F> fieldType) {
        super(fieldType);
        this.serializer = serializer;
        this.pos = pos;
    }

    @Override
    @SuppressWarnings("unchecked")
    public F get(T record) {
        return (F) serializer.getComponent(record, pos);
    }

    @Override
    public T set(T record, F fieldValue) {
        int arity = serializer.getComponentSerializers().length;
        Object[] components = new Object[arity];
        for (int i = 0; i < arity; i++) {
            components[i] = i == pos ? fieldValue : serializer.getComponent(record, i);
        }
        return serializer.createInstance(components);
    }
}
