package io.riffle.streaming.util.typeutils;

import io.riffle.api.common.functions.InvalidTypesException;
import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.BasicTypeInfo;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.CompositeType;
import io.riffle.api.java.typeutils.MissingTypeInfo;
import io.riffle.api.java.typeutils.PojoTypeInfo;
import io.riffle.api.java.typeutils.RecordTypeInfo;
import io.riffle.api.java.typeutils.TupleTypeInfo;
import io.riffle.api.java.typeutils.runtime.PojoSerializer;
import io.riffle.api.java.typeutils.runtime.RecordSerializer;
import io.riffle.api.java.typeutils.runtime.TupleSerializer;
import java.util.Arrays;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates {@link FieldAccessor}s. Positions address tuple fields, record components (in declaration
 * order) and, with position 0, the value of a basic-type stream; names address POJO and record
 * fields, tuple fields ({@code "f1"}) and, with {@code "*"}, the value of a basic-type stream. POJO
 * fields are addressed by name only, since their positions follow the sorted names. Nested
 * expressions such as {@code "f0.name"} are not supported.
 */
@ProviderType
public final class FieldAccessorFactory {

    private static final String WILDCARD = "*";

    private FieldAccessorFactory() {}

    /** An unknown type (an erased lambda result) fails with the extractor's hint to use returns(...), as Flink's does. */
    private static void requireKnown(TypeInformation<?> typeInfo) {
        if (typeInfo instanceof MissingTypeInfo missing) {
            throw new InvalidTypesException(missing.getTypeException().getMessage(), missing.getTypeException());
        }
    }

    /** @throws IllegalArgumentException naming the type and its valid positions if {@code pos} is not one */
    public static <T, F> FieldAccessor<T, F> getAccessor(TypeInformation<T> typeInfo, int pos, SerializerConfig config) {
        requireKnown(typeInfo);
        if (typeInfo instanceof BasicTypeInfo<?>) {
            if (pos != 0) {
                throw new IllegalArgumentException("position " + pos + " does not exist on a stream of the basic type "
                        + typeInfo + "; use position 0 (or \"*\") to aggregate the values themselves");
            }
            return valueAccessor(typeInfo);
        }
        if (typeInfo instanceof PojoTypeInfo<?> pojo) {
            throw new IllegalArgumentException("POJO fields cannot be addressed by position; use the field name, one of "
                    + Arrays.toString(pojo.getFieldNames()));
        }
        if (typeInfo instanceof TupleTypeInfo<?> || typeInfo instanceof RecordTypeInfo<?>) {
            CompositeType<T> composite = (CompositeType<T>) typeInfo;
            if (pos < 0 || pos >= composite.getArity()) {
                throw new IllegalArgumentException("position " + pos + " is out of range for " + typeInfo
                        + ": valid positions are 0 to " + (composite.getArity() - 1));
            }
            return compositeAccessor(composite, pos, config);
        }
        throw new IllegalArgumentException("cannot address fields of " + typeInfo
                + "; aggregations work on tuples, POJOs, records and basic types");
    }

    /** @throws IllegalArgumentException naming the type and its fields if {@code field} is not one */
    public static <T, F> FieldAccessor<T, F> getAccessor(TypeInformation<T> typeInfo, String field, SerializerConfig config) {
        requireKnown(typeInfo);
        if (typeInfo instanceof BasicTypeInfo<?>) {
            if (!WILDCARD.equals(field) && !"0".equals(field)) {
                throw new IllegalArgumentException("field '" + field + "' does not exist on a stream of the basic type "
                        + typeInfo + "; use \"*\" (or position 0) to aggregate the values themselves");
            }
            return valueAccessor(typeInfo);
        }
        if (typeInfo instanceof CompositeType<T> composite
                && (typeInfo instanceof TupleTypeInfo<?> || typeInfo instanceof PojoTypeInfo<?> || typeInfo instanceof RecordTypeInfo<?>)) {
            int pos = composite.getFieldIndex(field);
            if (pos < 0) {
                throw new IllegalArgumentException(typeInfo + " has no field '" + field + "'"
                        + (field.contains(".") ? " (nested field expressions are not supported)" : "")
                        + "; its fields are " + Arrays.toString(composite.getFieldNames()));
            }
            return compositeAccessor(composite, pos, config);
        }
        throw new IllegalArgumentException("cannot address field '" + field + "' of " + typeInfo
                + "; aggregations work on tuples, POJOs, records and basic types");
    }

    @SuppressWarnings("unchecked")
    private static <T, F> FieldAccessor<T, F> valueAccessor(TypeInformation<T> typeInfo) {
        return (FieldAccessor<T, F>) new ValueAccessor<>(typeInfo);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T, F> FieldAccessor<T, F> compositeAccessor(CompositeType<T> type, int pos, SerializerConfig config) {
        TypeInformation<F> fieldType = type.getTypeAt(pos);
        Object serializer = type.createSerializer(config == null ? new SerializerConfig() : config);
        if (serializer instanceof TupleSerializer<?> tuple) {
            return new TupleFieldAccessor(tuple, pos, fieldType);
        }
        if (serializer instanceof RecordSerializer<?> record) {
            return new RecordFieldAccessor(record, pos, fieldType);
        }
        PojoTypeInfo<T> pojo = (PojoTypeInfo<T>) type;
        return new PojoFieldAccessor((PojoSerializer<T>) serializer, pojo.getPojoFieldAt(pos).getField(), fieldType);
    }
}
