package io.riffle.api.common.typeinfo;

import io.riffle.api.common.functions.InvalidTypesException;
import io.riffle.api.java.tuple.Tuple;
import io.riffle.api.java.typeutils.EnumTypeInfo;
import io.riffle.api.java.typeutils.ListTypeInfo;
import io.riffle.api.java.typeutils.MapTypeInfo;
import io.riffle.api.java.typeutils.PojoField;
import io.riffle.api.java.typeutils.PojoTypeInfo;
import io.riffle.api.java.typeutils.TupleTypeInfo;
import io.riffle.api.java.typeutils.TypeExtractor;
import io.riffle.api.java.typeutils.runtime.PojoFieldAccess;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Type information for the types Riffle supports, to give as hints:
 * {@code .returns(Types.TUPLE(Types.STRING, Types.LONG))}. Flink's {@code GENERIC}, {@code ROW} and
 * SQL time types are not offered: Riffle has no generic (Kryo) fallback and no Table API.
 */
@ProviderType
public final class Types {

    public static final TypeInformation<Void> VOID = BasicTypeInfo.VOID_TYPE_INFO;
    public static final TypeInformation<String> STRING = BasicTypeInfo.STRING_TYPE_INFO;
    public static final TypeInformation<Byte> BYTE = BasicTypeInfo.BYTE_TYPE_INFO;
    public static final TypeInformation<Boolean> BOOLEAN = BasicTypeInfo.BOOLEAN_TYPE_INFO;
    public static final TypeInformation<Short> SHORT = BasicTypeInfo.SHORT_TYPE_INFO;
    public static final TypeInformation<Integer> INT = BasicTypeInfo.INT_TYPE_INFO;
    public static final TypeInformation<Long> LONG = BasicTypeInfo.LONG_TYPE_INFO;
    public static final TypeInformation<Float> FLOAT = BasicTypeInfo.FLOAT_TYPE_INFO;
    public static final TypeInformation<Double> DOUBLE = BasicTypeInfo.DOUBLE_TYPE_INFO;
    public static final TypeInformation<Character> CHAR = BasicTypeInfo.CHAR_TYPE_INFO;
    public static final TypeInformation<BigDecimal> BIG_DEC = BasicTypeInfo.BIG_DEC_TYPE_INFO;
    public static final TypeInformation<BigInteger> BIG_INT = BasicTypeInfo.BIG_INT_TYPE_INFO;
    public static final TypeInformation<Instant> INSTANT = BasicTypeInfo.INSTANT_TYPE_INFO;

    private Types() {}

    /** A plain {@code TupleN} ({@code N} = number of types, 1 to 5) with the given field types. */
    public static <T extends Tuple> TypeInformation<T> TUPLE(TypeInformation<?>... types) {
        return new TupleTypeInfo<>(types);
    }

    /**
     * A tuple subclass whose generic superclass binds every field type, such as
     * {@code class WordCount extends Tuple2<String, Integer>}.
     */
    public static <T extends Tuple> TypeInformation<T> TUPLE(Class<T> tupleSubclass) {
        TypeInformation<T> info = TypeExtractor.getForClass(tupleSubclass);
        if (!(info instanceof TupleTypeInfo)) {
            throw new InvalidTypesException(tupleSubclass.getName() + " is not a tuple type");
        }
        return info;
    }

    /** A POJO (or record), its fields analysed from the class. */
    public static <T> TypeInformation<T> POJO(Class<T> pojoClass) {
        TypeInformation<T> info = TypeExtractor.getForClass(pojoClass);
        if (!(info instanceof PojoTypeInfo) && !pojoClass.isRecord()) {
            throw new InvalidTypesException(pojoClass.getName() + " is not a POJO but " + info);
        }
        return info;
    }

    /**
     * A POJO with explicitly given field types, for fields whose type cannot be extracted (e.g.
     * generic ones). Every listed field must exist and follow the POJO access rules; unlisted
     * fields are not serialized.
     */
    public static <T> TypeInformation<T> POJO(Class<T> pojoClass, Map<String, TypeInformation<?>> fields) {
        List<PojoField> pojoFields = new ArrayList<>(fields.size());
        for (Map.Entry<String, TypeInformation<?>> entry : fields.entrySet()) {
            java.lang.reflect.Field field = PojoFieldAccess.findField(pojoClass, entry.getKey());
            String problem = PojoFieldAccess.checkAccess(pojoClass, field);
            if (problem != null) {
                throw new InvalidTypesException("POJO " + pojoClass.getName() + ": " + problem);
            }
            pojoFields.add(new PojoField(field, entry.getValue()));
        }
        PojoFieldAccess.constructor(pojoClass);
        return new PojoTypeInfo<>(pojoClass, pojoFields);
    }

    /** A primitive array, e.g. {@code PRIMITIVE_ARRAY(Types.BYTE)} for {@code byte[]}. */
    public static TypeInformation<?> PRIMITIVE_ARRAY(TypeInformation<?> elementType) {
        PrimitiveArrayTypeInfo<?> info = PrimitiveArrayTypeInfo.forComponent(elementType);
        if (info == null) {
            throw new InvalidTypesException(elementType + " has no primitive array type; "
                    + "use BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE or CHAR, or LIST(...) for objects");
        }
        return info;
    }

    public static <E extends Enum<E>> TypeInformation<E> ENUM(Class<E> enumType) {
        return new EnumTypeInfo<>(enumType);
    }

    public static <E> TypeInformation<List<E>> LIST(TypeInformation<E> elementType) {
        return new ListTypeInfo<>(elementType);
    }

    public static <K, V> TypeInformation<Map<K, V>> MAP(TypeInformation<K> keyType, TypeInformation<V> valueType) {
        return new MapTypeInfo<>(keyType, valueType);
    }
}
