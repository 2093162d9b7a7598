package io.riffle.api.common.functions;

import org.osgi.annotation.versioning.ConsumerType;

/** Turns each element into exactly one element. */
@ConsumerType
@FunctionalInterface
public interface MapFunction<I, O> extends Function {

    O map(I value) throws Exception;
}
