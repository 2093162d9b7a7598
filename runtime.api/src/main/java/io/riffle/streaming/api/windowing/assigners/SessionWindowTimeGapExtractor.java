package io.riffle.streaming.api.windowing.assigners;

import java.io.Serializable;
import org.osgi.annotation.versioning.ConsumerType;

/** Chooses the session gap per element, for session windows whose gap depends on the data. */
@ConsumerType
@FunctionalInterface
public interface SessionWindowTimeGapExtractor<T> extends Serializable {

    /** The gap in milliseconds after {@code element}; must be positive. */
    long extract(T element);
}
