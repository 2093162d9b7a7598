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
        T copy;
        if (record.getClass().getSuperclass() == Tuple.class) {
            // a plain TupleN: its own copy() is one constructor call, no generic field loop (keyed sums do this per record)
            copy = record.copy();
        } else {
            copy = serializer.createInstance();
            for (int i = 0; i < serializer.getArity(); i++) {
                copy.setField(record.getField(i), i);
            }
        }
        copy.setField(fieldValue, pos);
        return copy;
    }
}
