package io.riffle.api.common.functions;

import io.riffle.util.Collector;
import org.osgi.annotation.versioning.ConsumerType;

/** Turns each element into zero, one or more elements, emitted through the collector. */
@ConsumerType
@FunctionalInterface
public interface FlatMapFunction<I, O> extends Function {

    void flatMap(I value, Collector<O> out) throws Exception;
}
