package io.riffle.streaming.api.functions.aggregation;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.streaming.util.typeutils.FieldAccessor;
import io.riffle.streaming.util.typeutils.FieldAccessorFactory;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The running sum of one numeric field. As in Flink, the result is the accumulated record (at
 * first, the first element of the key) with the field replaced by the sum: the other fields keep
 * the first element's values. A null field counts as absent.
 */
@ProviderType
public class SumAggregator<T> extends AggregationFunction<T> {

    private static final long serialVersionUID = 1L;

    private final FieldAccessor<T, Object> fieldAccessor;
    private final SumFunction adder;

    /** Sums the tuple field or record component at {@code pos}, or the values of a basic-type stream ({@code pos} 0). */
    public SumAggregator(int pos, TypeInformation<T> typeInfo) {
        this(FieldAccessorFactory.getAccessor(typeInfo, pos, new SerializerConfig()), "position " + pos + " of " + typeInfo);
    }

    /** Sums the named field: a POJO or record field, {@code "f1"} of a tuple, or {@code "*"} for a basic-type stream. */
    public SumAggregator(String field, TypeInformation<T> typeInfo) {
        this(FieldAccessorFactory.getAccessor(typeInfo, field, new SerializerConfig()), "field '" + field + "' of " + typeInfo);
    }

    private SumAggregator(FieldAccessor<T, Object> fieldAccessor, String fieldDescription) {
        this.fieldAccessor = fieldAccessor;
        this.adder = SumFunction.forClass(fieldAccessor.getFieldType().getTypeClass(), fieldDescription);
    }

    @Override
    public T reduce(T value1, T value2) {
        Object a = fieldAccessor.get(value1);
        Object b = fieldAccessor.get(value2);
        if (b == null) {
            return value1;
        }
        return fieldAccessor.set(value1, a == null ? b : adder.add(a, b));
    }
}
