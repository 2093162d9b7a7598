package io.riffle.api.java.typeutils.runtime;

import io.riffle.api.common.functions.InvalidTypesException;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Objects;

/**
 * Serializes Java records: a null flag for the record, then its components in declaration order,
 * each reference component behind a null flag. Reads components through their accessors and
 * builds the record with the canonical constructor, both as method handles built on first use.
 */
public final class RecordSerializer<T> extends TypeSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> recordClass;
    private final boolean[] nullable;
    private final TypeSerializer<Object>[] componentSerializers;

    private transient Handles handles;

    @SuppressWarnings("unchecked")
    public RecordSerializer(Class<T> recordClass, TypeSerializer<?>[] componentSerializers) {
        if (!recordClass.isRecord()) {
            throw new IllegalArgumentException(recordClass.getName() + " is not a record");
        }
        RecordComponent[] components = recordClass.getRecordComponents();
        if (components.length != componentSerializers.length) {
            throw new IllegalArgumentException(recordClass.getName() + " has " + components.length
                    + " components but got " + componentSerializers.length + " serializers");
        }
        this.recordClass = recordClass;
        this.componentSerializers = (TypeSerializer<Object>[]) componentSerializers.clone();
        this.nullable = new boolean[components.length];
        for (int i = 0; i < components.length; i++) {
            nullable[i] = !components[i].getType().isPrimitive();
        }
    }

    private RecordSerializer(RecordSerializer<T> template, TypeSerializer<Object>[] componentSerializers) {
        this.recordClass = template.recordClass;
        this.nullable = template.nullable;
        this.componentSerializers = componentSerializers;
    }

    /** Method handles, immutable once built; a racing second build yields equal handles. */
    private static final class Handles {
        final MethodHandle constructor;
        final MethodHandle[] accessors;

        Handles(Class<?> recordClass) {
            RecordComponent[] components = recordClass.getRecordComponents();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Class<?>[] types = new Class<?>[components.length];
            accessors = new MethodHandle[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    accessors[i] = lookup.unreflect(components[i].getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                }
                constructor = lookup.findConstructor(recordClass, MethodType.methodType(void.class, types))
                        .asSpreader(Object[].class, types.length)
                        .asType(MethodType.methodType(Object.class, Object[].class));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new InvalidTypesException("record " + recordClass.getName()
                        + " cannot be built by Riffle: the record and its canonical constructor must be public", e);
            }
        }
    }

    private Handles handles() {
        Handles h = handles;
        if (h == null) {
            h = new Handles(recordClass);
            handles = h;
        }
        return h;
    }

    public Class<T> getRecordClass() {
        return recordClass;
    }

    public TypeSerializer<?>[] getComponentSerializers() {
        return componentSerializers.clone();
    }

    /** The value of component {@code pos} of {@code record}. */
    public Object getComponent(T record, int pos) {
        try {
            return (Object) handles().accessors[pos].invokeExact((Object) record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("reading component " + pos + " of " + recordClass.getName() + " failed", t);
        }
    }

    /** A new record from its components, in declaration order, through the canonical constructor. */
    @SuppressWarnings("unchecked")
    public T createInstance(Object[] components) {
        try {
            return (T) handles().constructor.invokeExact(components);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("the canonical constructor of " + recordClass.getName() + " failed", t);
        }
    }

    @Override
    public boolean isImmutableType() {
        return CompositeSerializers.allImmutable(componentSerializers);
    }

    @Override
    public TypeSerializer<T> duplicate() {
        TypeSerializer<Object>[] duplicates = CompositeSerializers.duplicateAll(componentSerializers);
        return duplicates == componentSerializers ? this : new RecordSerializer<>(this, duplicates);
    }

    @Override
    public T copy(T from) {
        if (from == null || isImmutableType()) {
            return from;
        }
        Object[] components = new Object[componentSerializers.length];
        for (int i = 0; i < components.length; i++) {
            Object value = getComponent(from, i);
            components[i] = value == null ? null : componentSerializers[i].copy(value);
        }
        return createInstance(components);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(T record, DataOutputView target) throws IOException {
        target.writeBoolean(record == null);
        if (record == null) {
            return;
        }
        for (int i = 0; i < componentSerializers.length; i++) {
            Object value = getComponent(record, i);
            if (nullable[i]) {
                target.writeBoolean(value == null);
                if (value == null) {
                    continue;
                }
            }
            componentSerializers[i].serialize(value, target);
        }
    }

    @Override
    public T deserialize(DataInputView source) throws IOException {
        if (source.readBoolean()) {
            return null;
        }
        Object[] components = new Object[componentSerializers.length];
        for (int i = 0; i < components.length; i++) {
            components[i] = nullable[i] && source.readBoolean() ? null : componentSerializers[i].deserialize(source);
        }
        return createInstance(components);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RecordSerializer<?> other
                && recordClass == other.recordClass
                && Arrays.equals(componentSerializers, other.componentSerializers);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(recordClass) + Arrays.hashCode(componentSerializers);
    }

    @Override
    public String toString() {
        return "RecordSerializer(" + recordClass.getName() + ")";
    }
}
