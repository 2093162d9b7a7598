package io.riffle.api.common.functions;

import org.osgi.annotation.versioning.ConsumerType;

/** Keeps the elements for which it returns true. */
@ConsumerType
@FunctionalInterface
public interface FilterFunction<T> extends Function {

    boolean filter(T value) throws Exception;
}
