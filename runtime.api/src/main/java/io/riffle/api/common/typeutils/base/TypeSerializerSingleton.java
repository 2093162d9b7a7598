package io.riffle.api.common.typeutils.base;

import io.riffle.api.common.typeutils.TypeSerializer;

/** A stateless serializer with one shared instance: {@link #duplicate()} returns it. */
public abstract class TypeSerializerSingleton<T> extends TypeSerializer<T> {

    private static final long serialVersionUID = 1L;

    @Override
    public TypeSerializer<T> duplicate() {
        return this;
    }

    @Override
    public boolean equals(Object obj) {
        return obj != null && obj.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
