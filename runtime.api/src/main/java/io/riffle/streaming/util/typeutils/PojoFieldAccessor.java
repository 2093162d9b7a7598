package io.riffle.streaming.util.typeutils;

import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.java.typeutils.runtime.PojoFieldAccess;
import io.riffle.api.java.typeutils.runtime.PojoSerializer;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Field;

/** A POJO field; {@code set} copies the POJO with its serializer, then sets the field on the copy. */
final class PojoFieldAccessor<T, F> extends FieldAccessor<T, F> {

    private static final long serialVersionUID = 1L;

    private final PojoSerializer<T> serializer;
    private final String fieldName;

    /** Built on first use; final fields make a racing publication safe. */
    private transient Handles handles;

    private record Handles(MethodHandle getter, MethodHandle setter) {}

    PojoFieldAccessor(PojoSerializer<T> serializer, Field field, TypeInformation<F> fieldType) {
        super(fieldType);
        this.serializer = serializer;
        this.fieldName = field.getName();
    }

    private Handles handles() {
        Handles h = handles;
        if (h == null) {
            Class<T> pojoClass = serializer.getPojoClass();
            Field field = PojoFieldAccess.findField(pojoClass, fieldName);
            h = new Handles(PojoFieldAccess.getter(pojoClass, field), PojoFieldAccess.setter(pojoClass, field));
            handles = h;
        }
        return h;
    }

    @Override
    @SuppressWarnings("unchecked")
    public F get(T record) {
        try {
            return (F) (Object) handles().getter().invokeExact((Object) record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("reading field '" + fieldName + "' failed", t);
        }
    }

    @Override
    public T set(T record, F fieldValue) {
        MethodHandle setter = handles().setter();
        T copy = serializer.copy(record);
        try {
            setter.invokeExact((Object) copy, (Object) fieldValue);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("setting field '" + fieldName + "' failed", t);
        }
        return copy;
    }
}
