package io.riffle.streaming.util.typeutils;

import io.riffle.api.common.typeinfo.TypeInformation;

/** The "field" of a basic-type stream: the value itself. */
final class ValueAccessor<T> extends FieldAccessor<T, T> {

    private static final long serialVersionUID = 1L;

    ValueAccessor(TypeInformation<T> type) {
        super(type);
    }

    @Override
    public T get(T record) {
        return record;
    }

    @Override
    public T set(T record, T fieldValue) {
        return fieldValue;
    }
}
