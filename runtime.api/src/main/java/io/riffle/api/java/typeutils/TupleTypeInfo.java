package io.riffle.api.java.typeutils;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.BasicTypeInfo;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.CompositeType;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.api.java.tuple.Tuple;
import io.riffle.api.java.typeutils.runtime.TupleSerializer;
import java.util.Arrays;
import java.util.Objects;
import java.util.StringJoiner;
import org.osgi.annotation.versioning.ProviderType;

/** Type information of {@code Tuple1} ... {@code Tuple5} and their subclasses; fields are named {@code f0}, {@code f1}, ... */
@ProviderType
public final class TupleTypeInfo<T extends Tuple> extends CompositeType<T> {

    private static final long serialVersionUID = 1L;

    private final TypeInformation<?>[] types;
    private final String[] fieldNames;

    /** A plain {@code TupleN} of the given field types. */
    @SuppressWarnings("unchecked")
    public TupleTypeInfo(TypeInformation<?>... types) {
        this((Class<T>) Tuple.getTupleClass(types.length), types);
    }

    /** A tuple class (a {@code TupleN} or a subclass with a public no-arg constructor) and its field types. */
    public TupleTypeInfo(Class<T> tupleClass, TypeInformation<?>... types) {
        super(Objects.requireNonNull(tupleClass, "tupleClass"));
        if (types.length < 1 || types.length > Tuple.MAX_ARITY) {
            throw new IllegalArgumentException("tuples have 1 to " + Tuple.MAX_ARITY + " fields, not " + types.length);
        }
        Class<?> expected = Tuple.getTupleClass(types.length);
        if (!expected.isAssignableFrom(tupleClass)) {
            throw new IllegalArgumentException(tupleClass.getName() + " is not a " + expected.getSimpleName());
        }
        this.types = types.clone();
        this.fieldNames = new String[types.length];
        for (int i = 0; i < types.length; i++) {
            fieldNames[i] = "f" + i;
            Objects.requireNonNull(types[i], fieldNames[i]);
        }
    }

    /** A plain {@code TupleN} whose fields have the given basic types, e.g. {@code (String.class, Long.class)}. */
    public static <X extends Tuple> TupleTypeInfo<X> getBasicTupleTypeInfo(Class<?>... basicTypes) {
        TypeInformation<?>[] infos = new TypeInformation<?>[basicTypes.length];
        for (int i = 0; i < basicTypes.length; i++) {
            infos[i] = BasicTypeInfo.getInfoFor(basicTypes[i]);
            if (infos[i] == null) {
                throw new IllegalArgumentException(basicTypes[i].getName() + " is not a basic type");
            }
        }
        return new TupleTypeInfo<>(infos);
    }

    @Override
    public String[] getFieldNames() {
        return fieldNames.clone();
    }

    /** Also accepts a position as text ({@code "1"}), as Flink's field expressions do. */
    @Override
    public int getFieldIndex(String fieldName) {
        for (int i = 0; i < fieldNames.length; i++) {
            if (fieldNames[i].equals(fieldName) || Integer.toString(i).equals(fieldName)) {
                return i;
            }
        }
        return -1;
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
    public boolean isTupleType() {
        return true;
    }

    @Override
    public int getArity() {
        return types.length;
    }

    @Override
    public TypeSerializer<T> createSerializer(SerializerConfig config) {
        TypeSerializer<?>[] serializers = new TypeSerializer<?>[types.length];
        for (int i = 0; i < types.length; i++) {
            serializers[i] = types[i].createSerializer(config);
        }
        return new TupleSerializer<>(getTypeClass(), serializers);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TupleTypeInfo<?> other
                && getTypeClass() == other.getTypeClass()
                && Arrays.equals(types, other.types);
    }

    @Override
    public int hashCode() {
        return 31 * getTypeClass().hashCode() + Arrays.hashCode(types);
    }

    @Override
    public String toString() {
        StringJoiner joiner = new StringJoiner(", ", getTypeClass().getSimpleName() + "<", ">");
        for (TypeInformation<?> type : types) {
            joiner.add(type.toString());
        }
        return joiner.toString();
    }
}
