package io.riffle.api.java.typeutils.runtime;

import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.api.java.tuple.Tuple;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.Objects;

/**
 * Serializes tuples as their fields, one after the other, with no null flags: like Flink, tuple
 * fields must not be null. Subclasses such as {@code class WordCount extends Tuple2<String, Integer>}
 * are created through their public no-argument constructor.
 */
public final class TupleSerializer<T extends Tuple> extends TypeSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> tupleClass;
    private final TypeSerializer<Object>[] fieldSerializers;
    private final boolean plainTuple;

    private transient MethodHandle constructor;

    @SuppressWarnings("unchecked")
    public TupleSerializer(Class<T> tupleClass, TypeSerializer<?>[] fieldSerializers) {
        this.tupleClass = Objects.requireNonNull(tupleClass, "tupleClass");
        this.fieldSerializers = (TypeSerializer<Object>[]) fieldSerializers.clone();
        if (fieldSerializers.length < 1 || fieldSerializers.length > Tuple.MAX_ARITY) {
            throw new IllegalArgumentException("tuples have 1 to " + Tuple.MAX_ARITY + " fields, not " + fieldSerializers.length);
        }
        this.plainTuple = tupleClass == Tuple.getTupleClass(fieldSerializers.length);
    }

    public Class<T> getTupleClass() {
        return tupleClass;
    }

    public int getArity() {
        return fieldSerializers.length;
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
        return duplicates == fieldSerializers ? this : new TupleSerializer<>(tupleClass, duplicates);
    }

    /** A new tuple of this serializer's class with all fields null. */
    @SuppressWarnings("unchecked")
    public T createInstance() {
        if (plainTuple) {
            return (T) Tuple.newInstance(fieldSerializers.length);
        }
        MethodHandle c = constructor;
        if (c == null) {
            c = PojoFieldAccess.constructor(tupleClass);
            constructor = c;
        }
        try {
            return (T) (Object) c.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("the constructor of " + tupleClass.getName() + " failed", t);
        }
    }

    /** A new tuple holding {@code fields}. */
    public T createInstance(Object[] fields) {
        T tuple = createInstance();
        for (int i = 0; i < fields.length; i++) {
            tuple.setField(fields[i], i);
        }
        return tuple;
    }

    @Override
    public T copy(T from) {
        T copy = createInstance();
        for (int i = 0; i < fieldSerializers.length; i++) {
            Object value = from.getField(i);
            copy.setField(value == null ? null : fieldSerializers[i].copy(value), i);
        }
        return copy;
    }

    @Override
    public int getLength() {
        return CompositeSerializers.fixedLength(fieldSerializers);
    }

    @Override
    public void serialize(T record, DataOutputView target) throws IOException {
        if (record == null) {
            throw new NullPointerException("a null " + tupleClass.getSimpleName()
                    + " cannot be serialized: tuples must not be null; use a POJO or record if you need nulls");
        }
        for (int i = 0; i < fieldSerializers.length; i++) {
            Object value = record.getField(i);
            if (value == null) {
                throw new NullPointerException("field f" + i + " of " + tupleClass.getSimpleName() + " " + record
                        + " is null: tuple fields must not be null; use a POJO or record if you need null fields");
            }
            fieldSerializers[i].serialize(value, target);
        }
    }

    @Override
    public T deserialize(DataInputView source) throws IOException {
        T tuple = createInstance();
        for (int i = 0; i < fieldSerializers.length; i++) {
            tuple.setField(fieldSerializers[i].deserialize(source), i);
        }
        return tuple;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TupleSerializer<?> other
                && tupleClass == other.tupleClass
                && Arrays.equals(fieldSerializers, other.fieldSerializers);
    }

    @Override
    public int hashCode() {
        return 31 * tupleClass.hashCode() + Arrays.hashCode(fieldSerializers);
    }

    @Override
    public String toString() {
        return "TupleSerializer(" + tupleClass.getSimpleName() + ", " + Arrays.toString(fieldSerializers) + ")";
    }
}
