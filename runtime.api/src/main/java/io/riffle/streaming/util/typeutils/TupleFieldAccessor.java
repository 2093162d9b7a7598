package io.riffle.streaming.util.typeutils;

import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.java.tuple.Tuple;
import io.riffle.api.java.typeutils.runtime.TupleSerializer;

/** A tuple field; {@code set} makes a shallow copy of the same tuple class (subclasses included). */
final class TupleFieldAccessor<T extends Tuple, F> extends FieldAccessor<T, F> {

    private static final long serialVersionUID = 1L;

    private final TupleSerializer<T> serializer;
    private final int pos;

    TupleFieldAccessor(TupleSerializer<T> serializer, int pos, TypeInformation<F> fieldType) {
        super(fieldType);
        this.serializer = serializer;
        this.pos = pos;
    }

    @Override
    public F get(T record) {
        return record.getField(pos);
    }

    @Override
    public T set(T record, F fieldValue) {
        T copy = serializer.createInstance();
        for (int i = 0; i < serializer.getArity(); i++) {
            copy.setField(i == pos ? fieldValue : record.getField(i), i);
        }
        return copy;
    }
}
