package io.riffle.streaming.api.windowing.assigners;

import java.time.Duration;
import java.util.Objects;

/** Argument checks the time-window assigners share. */
final class TimeWindowChecks {

    private TimeWindowChecks() {}

    static long positiveMillis(Duration duration, String what) {
        Objects.requireNonNull(duration, what);
        long millis = duration.toMillis();
        if (millis <= 0) {
            throw new IllegalArgumentException(what + " must be at least 1 ms, got " + duration);
        }
        return millis;
    }

    static long offsetMillis(Duration offset, long unit, String unitName) {
        Objects.requireNonNull(offset, "offset");
        long millis = offset.toMillis();
        if (Math.abs(millis) >= unit) {
            throw new IllegalArgumentException("|offset| must be less than the " + unitName + " " + unit + " ms, got " + millis + " ms");
        }
        return millis;
    }

    static long eventTimestamp(long timestamp, Object assigner) {
        if (timestamp == Long.MIN_VALUE) {
            throw new IllegalStateException("record has no timestamp: " + assigner.getClass().getSimpleName()
                    + " needs event-time timestamps (assign them with a WatermarkStrategy) or use a processing-time assigner");
        }
        return timestamp;
    }
}
