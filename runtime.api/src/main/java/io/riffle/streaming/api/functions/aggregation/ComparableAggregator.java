package io.riffle.streaming.api.functions.aggregation;

import io.riffle.api.common.functions.InvalidTypesException;
import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.streaming.util.typeutils.FieldAccessor;
import io.riffle.streaming.util.typeutils.FieldAccessorFactory;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Running {@code min}, {@code max}, {@code minBy} and {@code maxBy} of one comparable field, with
 * Flink's semantics. {@code min}/{@code max} return the accumulated record (initially the key's
 * first element) with only that field replaced by the extreme value; {@code minBy}/{@code maxBy}
 * return the whole record that holds the extreme value, on ties the earlier one if {@code first},
 * else the later one. Null field values never win.
 */
@ProviderType
public class ComparableAggregator<T> extends AggregationFunction<T> {

    private static final long serialVersionUID = 1L;

    private final FieldAccessor<T, Object> fieldAccessor;
    private final AggregationType aggregationType;
    private final boolean first;

    public ComparableAggregator(int pos, TypeInformation<T> typeInfo, AggregationType aggregationType, boolean first) {
        this(FieldAccessorFactory.getAccessor(typeInfo, pos, new SerializerConfig()), aggregationType, first,
                "position " + pos + " of " + typeInfo);
    }

    public ComparableAggregator(String field, TypeInformation<T> typeInfo, AggregationType aggregationType, boolean first) {
        this(FieldAccessorFactory.getAccessor(typeInfo, field, new SerializerConfig()), aggregationType, first,
                "field '" + field + "' of " + typeInfo);
    }

    public ComparableAggregator(int pos, TypeInformation<T> typeInfo, AggregationType aggregationType) {
        this(pos, typeInfo, aggregationType, false);
    }

    public ComparableAggregator(String field, TypeInformation<T> typeInfo, AggregationType aggregationType) {
        this(field, typeInfo, aggregationType, false);
    }

    private ComparableAggregator(
            FieldAccessor<T, Object> fieldAccessor, AggregationType aggregationType, boolean first, String fieldDescription) {
        this.fieldAccessor = fieldAccessor;
        this.aggregationType = Objects.requireNonNull(aggregationType, "aggregationType");
        this.first = first;
        if (aggregationType == AggregationType.SUM) {
            throw new IllegalArgumentException("use SumAggregator for SUM");
        }
        Class<?> fieldClass = fieldAccessor.getFieldType().getTypeClass();
        if (!Comparable.class.isAssignableFrom(fieldClass)) {
            throw new InvalidTypesException("cannot compute " + aggregationType.name().toLowerCase() + " of "
                    + fieldDescription + ": its type " + fieldClass.getSimpleName() + " is not Comparable");
        }
    }

    @Override
    public T reduce(T value1, T value2) {
        Object a = fieldAccessor.get(value1);
        Object b = fieldAccessor.get(value2);
        int c = compare(a, b);
        boolean byRecord = aggregationType == AggregationType.MINBY || aggregationType == AggregationType.MAXBY;
        boolean wantMin = aggregationType == AggregationType.MIN || aggregationType == AggregationType.MINBY;
        // > 0: value2 holds the more extreme value; < 0: value1 does.
        int value2Wins = wantMin ? c : -c;
        if (byRecord) {
            return value2Wins > 0 || (value2Wins == 0 && !first) ? value2 : value1;
        }
        return value2Wins > 0 ? fieldAccessor.set(value1, b) : value1;
    }

    /** Like {@code a.compareTo(b)}, with null greater than anything for min and smaller for max, so it never wins. */
    @SuppressWarnings("unchecked")
    private int compare(Object a, Object b) {
        if (a == null || b == null) {
            if (a == b) {
                return 0;
            }
            boolean wantMin = aggregationType == AggregationType.MIN || aggregationType == AggregationType.MINBY;
            int nullIsLarger = a == null ? 1 : -1;
            return wantMin ? nullIsLarger : -nullIsLarger;
        }
        return ((Comparable<Object>) a).compareTo(b);
    }
}
