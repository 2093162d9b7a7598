package io.riffle.api.common.typeinfo;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.api.common.typeutils.base.array.BooleanPrimitiveArraySerializer;
import io.riffle.api.common.typeutils.base.array.BytePrimitiveArraySerializer;
import io.riffle.api.common.typeutils.base.array.CharPrimitiveArraySerializer;
import io.riffle.api.common.typeutils.base.array.DoublePrimitiveArraySerializer;
import io.riffle.api.common.typeutils.base.array.FloatPrimitiveArraySerializer;
import io.riffle.api.common.typeutils.base.array.IntPrimitiveArraySerializer;
import io.riffle.api.common.typeutils.base.array.LongPrimitiveArraySerializer;
import io.riffle.api.common.typeutils.base.array.ShortPrimitiveArraySerializer;
import java.util.List;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Type information of primitive arrays such as {@code byte[]}. Arrays are not key types: their
 * {@code hashCode} is identity-based, so equal arrays would land on different subtasks.
 */
@ProviderType
public final class PrimitiveArrayTypeInfo<T> extends TypeInformation<T> {

    private static final long serialVersionUID = 1L;

    public static final PrimitiveArrayTypeInfo<boolean[]> BOOLEAN_PRIMITIVE_ARRAY_TYPE_INFO =
            new PrimitiveArrayTypeInfo<>(boolean[].class, BasicTypeInfo.BOOLEAN_TYPE_INFO, BooleanPrimitiveArraySerializer.INSTANCE);
    public static final PrimitiveArrayTypeInfo<byte[]> BYTE_PRIMITIVE_ARRAY_TYPE_INFO =
            new PrimitiveArrayTypeInfo<>(byte[].class, BasicTypeInfo.BYTE_TYPE_INFO, BytePrimitiveArraySerializer.INSTANCE);
    public static final PrimitiveArrayTypeInfo<short[]> SHORT_PRIMITIVE_ARRAY_TYPE_INFO =
            new PrimitiveArrayTypeInfo<>(short[].class, BasicTypeInfo.SHORT_TYPE_INFO, ShortPrimitiveArraySerializer.INSTANCE);
    public static final PrimitiveArrayTypeInfo<int[]> INT_PRIMITIVE_ARRAY_TYPE_INFO =
            new PrimitiveArrayTypeInfo<>(int[].class, BasicTypeInfo.INT_TYPE_INFO, IntPrimitiveArraySerializer.INSTANCE);
    public static final PrimitiveArrayTypeInfo<long[]> LONG_PRIMITIVE_ARRAY_TYPE_INFO =
            new PrimitiveArrayTypeInfo<>(long[].class, BasicTypeInfo.LONG_TYPE_INFO, LongPrimitiveArraySerializer.INSTANCE);
    public static final PrimitiveArrayTypeInfo<float[]> FLOAT_PRIMITIVE_ARRAY_TYPE_INFO =
            new PrimitiveArrayTypeInfo<>(float[].class, BasicTypeInfo.FLOAT_TYPE_INFO, FloatPrimitiveArraySerializer.INSTANCE);
    public static final PrimitiveArrayTypeInfo<double[]> DOUBLE_PRIMITIVE_ARRAY_TYPE_INFO =
            new PrimitiveArrayTypeInfo<>(double[].class, BasicTypeInfo.DOUBLE_TYPE_INFO, DoublePrimitiveArraySerializer.INSTANCE);
    public static final PrimitiveArrayTypeInfo<char[]> CHAR_PRIMITIVE_ARRAY_TYPE_INFO =
            new PrimitiveArrayTypeInfo<>(char[].class, BasicTypeInfo.CHAR_TYPE_INFO, CharPrimitiveArraySerializer.INSTANCE);

    private static final List<PrimitiveArrayTypeInfo<?>> ALL = List.of(
            BOOLEAN_PRIMITIVE_ARRAY_TYPE_INFO, BYTE_PRIMITIVE_ARRAY_TYPE_INFO, SHORT_PRIMITIVE_ARRAY_TYPE_INFO,
            INT_PRIMITIVE_ARRAY_TYPE_INFO, LONG_PRIMITIVE_ARRAY_TYPE_INFO, FLOAT_PRIMITIVE_ARRAY_TYPE_INFO,
            DOUBLE_PRIMITIVE_ARRAY_TYPE_INFO, CHAR_PRIMITIVE_ARRAY_TYPE_INFO);

    private final Class<T> arrayClass;
    private final BasicTypeInfo<?> componentInfo;
    private final TypeSerializer<T> serializer;

    private PrimitiveArrayTypeInfo(Class<T> arrayClass, BasicTypeInfo<?> componentInfo, TypeSerializer<T> serializer) {
        this.arrayClass = arrayClass;
        this.componentInfo = componentInfo;
        this.serializer = serializer;
    }

    /** The type information of a primitive array class, or {@code null} if it is none. */
    @SuppressWarnings("unchecked")
    public static <X> PrimitiveArrayTypeInfo<X> getInfoFor(Class<X> type) {
        for (PrimitiveArrayTypeInfo<?> info : ALL) {
            if (info.arrayClass == type) {
                return (PrimitiveArrayTypeInfo<X>) info;
            }
        }
        return null;
    }

    /** The primitive array type whose elements have the (boxed) basic type {@code componentInfo}, or {@code null}. */
    static PrimitiveArrayTypeInfo<?> forComponent(TypeInformation<?> componentInfo) {
        for (PrimitiveArrayTypeInfo<?> info : ALL) {
            if (info.componentInfo.equals(componentInfo)) {
                return info;
            }
        }
        return null;
    }

    /** The primitive component class, e.g. {@code byte.class}. */
    public Class<?> getComponentClass() {
        return arrayClass.getComponentType();
    }

    /** The type information of the boxed components, e.g. {@link BasicTypeInfo#BYTE_TYPE_INFO}. */
    public TypeInformation<?> getComponentType() {
        return componentInfo;
    }

    @Override
    public Class<T> getTypeClass() {
        return arrayClass;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<T> createSerializer(SerializerConfig config) {
        return serializer;
    }

    /** Keeps the constants unique after Java deserialization. */
    private Object readResolve() {
        return getInfoFor(arrayClass);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PrimitiveArrayTypeInfo<?> other && arrayClass == other.arrayClass;
    }

    @Override
    public int hashCode() {
        return Objects.hash(arrayClass);
    }

    @Override
    public String toString() {
        return arrayClass.getComponentType().getName() + "[]";
    }
}
