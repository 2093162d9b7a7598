package io.riffle.api.java.functions;

import io.riffle.api.common.functions.Function;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Extracts the key of an element for {@code keyBy}. Keys must have value-based {@code equals} and
 * {@code hashCode} that are the same in every JVM (not identity hash codes, not enums' hashCode).
 */
@ConsumerType
@FunctionalInterface
public interface KeySelector<IN, KEY> extends Function {

    KEY getKey(IN value) throws Exception;
}
