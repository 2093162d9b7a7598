package io.riffle.api.common.functions;

import org.osgi.annotation.versioning.ConsumerType;

/** Combines two values of one type into one; applied as a running reduction per key. */
@ConsumerType
@FunctionalInterface
public interface ReduceFunction<T> extends Function {

    T reduce(T value1, T value2) throws Exception;
}
