package io.riffle.api.common.typeinfo;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.api.common.typeutils.base.BigDecSerializer;
import io.riffle.api.common.typeutils.base.BigIntSerializer;
import io.riffle.api.common.typeutils.base.BooleanSerializer;
import io.riffle.api.common.typeutils.base.ByteSerializer;
import io.riffle.api.common.typeutils.base.CharSerializer;
import io.riffle.api.common.typeutils.base.DoubleSerializer;
import io.riffle.api.common.typeutils.base.FloatSerializer;
import io.riffle.api.common.typeutils.base.InstantSerializer;
import io.riffle.api.common.typeutils.base.IntSerializer;
import io.riffle.api.common.typeutils.base.LongSerializer;
import io.riffle.api.common.typeutils.base.ShortSerializer;
import io.riffle.api.common.typeutils.base.StringSerializer;
import io.riffle.api.common.typeutils.base.VoidSerializer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/** Type information of the built-in atomic types: boxed primitives, {@code String}, big numbers, {@code Instant}, {@code Void}. */
@ProviderType
public class BasicTypeInfo<T> extends TypeInformation<T> {

    private static final long serialVersionUID = 1L;

    public static final BasicTypeInfo<String> STRING_TYPE_INFO = new BasicTypeInfo<>(String.class, StringSerializer.INSTANCE, false);
    public static final BasicTypeInfo<Boolean> BOOLEAN_TYPE_INFO = new BasicTypeInfo<>(Boolean.class, BooleanSerializer.INSTANCE, false);
    public static final BasicTypeInfo<Byte> BYTE_TYPE_INFO = new BasicTypeInfo<>(Byte.class, ByteSerializer.INSTANCE, true);
    public static final BasicTypeInfo<Short> SHORT_TYPE_INFO = new BasicTypeInfo<>(Short.class, ShortSerializer.INSTANCE, true);
    public static final BasicTypeInfo<Integer> INT_TYPE_INFO = new BasicTypeInfo<>(Integer.class, IntSerializer.INSTANCE, true);
    public static final BasicTypeInfo<Long> LONG_TYPE_INFO = new BasicTypeInfo<>(Long.class, LongSerializer.INSTANCE, true);
    public static final BasicTypeInfo<Float> FLOAT_TYPE_INFO = new BasicTypeInfo<>(Float.class, FloatSerializer.INSTANCE, true);
    public static final BasicTypeInfo<Double> DOUBLE_TYPE_INFO = new BasicTypeInfo<>(Double.class, DoubleSerializer.INSTANCE, true);
    public static final BasicTypeInfo<Character> CHAR_TYPE_INFO = new BasicTypeInfo<>(Character.class, CharSerializer.INSTANCE, false);
    public static final BasicTypeInfo<Void> VOID_TYPE_INFO = new BasicTypeInfo<>(Void.class, VoidSerializer.INSTANCE, false);
    public static final BasicTypeInfo<BigInteger> BIG_INT_TYPE_INFO = new BasicTypeInfo<>(BigInteger.class, BigIntSerializer.INSTANCE, true);
    public static final BasicTypeInfo<BigDecimal> BIG_DEC_TYPE_INFO = new BasicTypeInfo<>(BigDecimal.class, BigDecSerializer.INSTANCE, true);
    public static final BasicTypeInfo<Instant> INSTANT_TYPE_INFO = new BasicTypeInfo<>(Instant.class, InstantSerializer.INSTANCE, false);

    private static final List<BasicTypeInfo<?>> ALL = List.of(
            STRING_TYPE_INFO, BOOLEAN_TYPE_INFO, BYTE_TYPE_INFO, SHORT_TYPE_INFO, INT_TYPE_INFO, LONG_TYPE_INFO,
            FLOAT_TYPE_INFO, DOUBLE_TYPE_INFO, CHAR_TYPE_INFO, VOID_TYPE_INFO, BIG_INT_TYPE_INFO, BIG_DEC_TYPE_INFO,
            INSTANT_TYPE_INFO);

    private final Class<T> typeClass;
    private final TypeSerializer<T> serializer;
    private final boolean numeric;

    protected BasicTypeInfo(Class<T> typeClass, TypeSerializer<T> serializer, boolean numeric) {
        this.typeClass = Objects.requireNonNull(typeClass, "typeClass");
        this.serializer = Objects.requireNonNull(serializer, "serializer");
        this.numeric = numeric;
    }

    /**
     * The basic type information of {@code type}, or {@code null} if it is not a basic type.
     * Primitive classes ({@code int.class}) map to their boxed type's information.
     */
    @SuppressWarnings("unchecked")
    public static <X> BasicTypeInfo<X> getInfoFor(Class<X> type) {
        Class<?> boxed = type.isPrimitive() ? box(type) : type;
        for (BasicTypeInfo<?> info : ALL) {
            if (info.typeClass == boxed) {
                return (BasicTypeInfo<X>) info;
            }
        }
        return null;
    }

    private static Class<?> box(Class<?> primitive) {
        return switch (primitive.getName()) {
            case "boolean" -> Boolean.class;
            case "byte" -> Byte.class;
            case "short" -> Short.class;
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "float" -> Float.class;
            case "double" -> Double.class;
            case "char" -> Character.class;
            default -> Void.class;
        };
    }

    /** Whether this is a number type that {@code sum} can add. */
    public boolean isNumericType() {
        return numeric;
    }

    @Override
    public boolean isBasicType() {
        return true;
    }

    @Override
    public Class<T> getTypeClass() {
        return typeClass;
    }

    @Override
    public boolean isKeyType() {
        return true;
    }

    @Override
    public TypeSerializer<T> createSerializer(SerializerConfig config) {
        return serializer;
    }

    /** Keeps the constants unique after Java deserialization, so that {@code ==} works as for Flink's. */
    protected Object readResolve() {
        BasicTypeInfo<?> canonical = getInfoFor(typeClass);
        return canonical != null && canonical.getClass() == getClass() ? canonical : this;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BasicTypeInfo<?> other && typeClass == other.typeClass;
    }

    @Override
    public int hashCode() {
        return typeClass.hashCode();
    }

    @Override
    public String toString() {
        return typeClass.getSimpleName();
    }
}
