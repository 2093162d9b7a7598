package io.riffle.streaming.api.functions.aggregation;

import io.riffle.api.common.functions.ReduceFunction;
import org.osgi.annotation.versioning.ProviderType;

/** A built-in running aggregation over one field of the elements of a keyed stream. */
@ProviderType
public abstract class AggregationFunction<T> implements ReduceFunction<T> {

    private static final long serialVersionUID = 1L;

    /** The aggregations a keyed stream offers. */
    public enum AggregationType {
        SUM,
        MIN,
        MAX,
        MINBY,
        MAXBY,
    }
}
