package io.riffle.api.java.typeutils;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.BasicTypeInfo;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.api.java.tuple.Tuple;
import io.riffle.api.java.typeutils.runtime.TupleSerializer;
import java.util.Objects;
import java.util.StringJoiner;
import org.osgi.annotation.versioning.ProviderType;

/** Type information of {@code Tuple1} ... {@code Tuple5} and their subclasses; fields are named {@code f0}, {@code f1}, ... */
@ProviderType
public final class TupleTypeInfo<T extends Tuple> extends FieldsInOrderTypeInfo<T> {

    private static final long serialVersionUID = 1L;

    /** A plain {@code TupleN} of the given field types. */
    @SuppressWarnings("unchecked")
    public TupleTypeInfo(TypeInformation<?>... types) {
        this((Class<T>) Tuple.getTupleClass(types.length), types);
    }

    /** A tuple class (a {@code TupleN} or a subclass with a public no-arg constructor) and its field types. */
    public TupleTypeInfo(Class<T> tupleClass, TypeInformation<?>... types) {
        super(checkTupleClass(tupleClass, types), fieldNames(types), types);
    }

    private static <T> Class<T> checkTupleClass(Class<T> tupleClass, TypeInformation<?>[] types) {
        Objects.requireNonNull(tupleClass, "tupleClass");
        if (types.length < 1 || types.length > Tuple.MAX_ARITY) {
            throw new IllegalArgumentException("tuples have 1 to " + Tuple.MAX_ARITY + " fields, not " + types.length);
        }
        Class<?> expected = Tuple.getTupleClass(types.length);
        if (!expected.isAssignableFrom(tupleClass)) {
            throw new IllegalArgumentException(tupleClass.getName() + " is not a " + expected.getSimpleName());
        }
        return tupleClass;
    }

    private static String[] fieldNames(TypeInformation<?>[] types) {
        String[] names = new String[types.length];
        for (int i = 0; i < types.length; i++) {
            names[i] = "f" + i;
            Objects.requireNonNull(types[i], names[i]);
        }
        return names;
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

    /** Also accepts a position as text ({@code "1"}), as Flink's field expressions do. */
    @Override
    public int getFieldIndex(String fieldName) {
        for (int i = 0; i < getArity(); i++) {
            if (fieldName(i).equals(fieldName) || Integer.toString(i).equals(fieldName)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean isTupleType() {
        return true;
    }

    @Override
    public TypeSerializer<T> createSerializer(SerializerConfig config) {
        return new TupleSerializer<>(getTypeClass(), fieldSerializers(config));
    }

    @Override
    public String toString() {
        StringJoiner joiner = new StringJoiner(", ", getTypeClass().getSimpleName() + "<", ">");
        for (int i = 0; i < getArity(); i++) {
            joiner.add(getTypeAt(i).toString());
        }
        return joiner.toString();
    }
}
