package io.riffle.api.common.functions;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An incremental aggregation with an accumulator: values are added one by one, accumulators may be
 * merged, and the result is read from the accumulator.
 */
@ConsumerType
public interface AggregateFunction<IN, ACC, OUT> extends Function {

    ACC createAccumulator();

    ACC add(IN value, ACC accumulator);

    OUT getResult(ACC accumulator);

    ACC merge(ACC a, ACC b);
}
