package io.riffle.api.java.typeutils.runtime;

import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Objects;

/**
 * Serializes POJOs of exactly one class: a null flag for the POJO, then its fields in the order
 * given (the type information sorts them by name), each reference field behind a null flag.
 * Instances are created with the public no-argument constructor; fields are read and written
 * through method handles ({@link PojoFieldAccess}), built on first use so that the serializer
 * stays Java-serializable.
 *
 * <p>Unlike Flink, subclasses are not serialized with their own fields (there is no subclass
 * registry): serializing an instance of a subclass fails instead of silently dropping fields.
 */
public final class PojoSerializer<T> extends TypeSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> clazz;
    private final String[] fieldNames;
    private final boolean[] nullable;
    private final TypeSerializer<Object>[] fieldSerializers;

    private transient Handles handles;

    @SuppressWarnings("unchecked")
    public PojoSerializer(Class<T> clazz, TypeSerializer<?>[] fieldSerializers, Field[] fields) {
        if (fieldSerializers.length != fields.length) {
            throw new IllegalArgumentException("got " + fields.length + " fields but " + fieldSerializers.length + " serializers");
        }
        this.clazz = Objects.requireNonNull(clazz, "clazz");
        this.fieldSerializers = (TypeSerializer<Object>[]) fieldSerializers.clone();
        this.fieldNames = new String[fields.length];
        this.nullable = new boolean[fields.length];
        for (int i = 0; i < fields.length; i++) {
            fieldNames[i] = fields[i].getName();
            nullable[i] = !fields[i].getType().isPrimitive();
        }
    }

    private PojoSerializer(PojoSerializer<T> template, TypeSerializer<Object>[] fieldSerializers) {
        this.clazz = template.clazz;
        this.fieldNames = template.fieldNames;
        this.nullable = template.nullable;
        this.fieldSerializers = fieldSerializers;
    }

    /** Method handles, immutable once built; a racing second build yields equal handles. */
    private static final class Handles {
        final MethodHandle constructor;
        final MethodHandle[] getters;
        final MethodHandle[] setters;

        Handles(Class<?> clazz, String[] fieldNames) {
            constructor = PojoFieldAccess.constructor(clazz);
            getters = new MethodHandle[fieldNames.length];
            setters = new MethodHandle[fieldNames.length];
            for (int i = 0; i < fieldNames.length; i++) {
                Field field = PojoFieldAccess.findField(clazz, fieldNames[i]);
                getters[i] = PojoFieldAccess.getter(clazz, field);
                setters[i] = PojoFieldAccess.setter(clazz, field);
            }
        }
    }

    private Handles handles() {
        Handles h = handles;
        if (h == null) {
            h = new Handles(clazz, fieldNames);
            handles = h;
        }
        return h;
    }

    public Class<T> getPojoClass() {
        return clazz;
    }

    public String[] getFieldNames() {
        return fieldNames.clone();
    }

    public TypeSerializer<?>[] getFieldSerializers() {
        return fieldSerializers.clone();
    }

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public TypeSerializer<T> duplicate() {
        TypeSerializer<Object>[] duplicates = CompositeSerializers.duplicateAll(fieldSerializers);
        return duplicates == fieldSerializers ? this : new PojoSerializer<>(this, duplicates);
    }

    /** A new instance made with the no-argument constructor. */
    @SuppressWarnings("unchecked")
    public T createInstance() {
        try {
            return (T) handles().constructor.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("the constructor of " + clazz.getName() + " failed", t);
        }
    }

    @Override
    public T copy(T from) {
        if (from == null) {
            return null;
        }
        Handles h = handles();
        T copy = createInstance();
        try {
            for (int i = 0; i < fieldSerializers.length; i++) {
                Object value = (Object) h.getters[i].invokeExact((Object) from);
                h.setters[i].invokeExact((Object) copy, value == null ? null : fieldSerializers[i].copy(value));
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("copying a " + clazz.getName() + " failed", t);
        }
        return copy;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(T record, DataOutputView target) throws IOException {
        if (record == null) {
            target.writeBoolean(true);
            return;
        }
        if (record.getClass() != clazz) {
            throw new IllegalArgumentException("this serializer writes " + clazz.getName() + " but got a "
                    + record.getClass().getName() + "; Riffle does not serialize POJO subclasses, declare the type as "
                    + record.getClass().getSimpleName() + " instead");
        }
        target.writeBoolean(false);
        Handles h = handles();
        for (int i = 0; i < fieldSerializers.length; i++) {
            Object value = get(h.getters[i], record);
            if (nullable[i]) {
                target.writeBoolean(value == null);
                if (value == null) {
                    continue;
                }
            }
            fieldSerializers[i].serialize(value, target);
        }
    }

    @Override
    public T deserialize(DataInputView source) throws IOException {
        if (source.readBoolean()) {
            return null;
        }
        Handles h = handles();
        T record = createInstance();
        try {
            for (int i = 0; i < fieldSerializers.length; i++) {
                Object value = nullable[i] && source.readBoolean() ? null : fieldSerializers[i].deserialize(source);
                h.setters[i].invokeExact((Object) record, value);
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException("setting a field of " + clazz.getName() + " failed", t);
        }
        return record;
    }

    private Object get(MethodHandle getter, Object record) throws IOException {
        try {
            return (Object) getter.invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException("reading a field of " + clazz.getName() + " failed", t);
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PojoSerializer<?> other
                && clazz == other.clazz
                && Arrays.equals(fieldNames, other.fieldNames)
                && Arrays.equals(fieldSerializers, other.fieldSerializers);
    }

    @Override
    public int hashCode() {
        return 31 * clazz.hashCode() + Arrays.hashCode(fieldSerializers);
    }

    @Override
    public String toString() {
        return "PojoSerializer(" + clazz.getName() + ")";
    }
}
