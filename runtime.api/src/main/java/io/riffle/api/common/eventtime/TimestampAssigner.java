package io.riffle.api.common.eventtime;

import org.osgi.annotation.versioning.ConsumerType;

/** Gives each element its event-time timestamp, in milliseconds since the epoch. */
@ConsumerType
@FunctionalInterface
public interface TimestampAssigner<T> {

    /** The {@code recordTimestamp} passed when the element has no timestamp yet. */
    long NO_TIMESTAMP = Long.MIN_VALUE;

    /**
     * @param recordTimestamp the timestamp the element carries already (from its source), or
     *     {@link #NO_TIMESTAMP}
     */
    long extractTimestamp(T element, long recordTimestamp);
}
