package io.riffle.api.common.eventtime;

import io.riffle.util.clock.RelativeClock;
import java.time.Duration;

/** A clock that moves only when the test says so. */
final class ManualClock implements RelativeClock {

    private long nanos = 1_000;

    void advance(Duration duration) {
        nanos += duration.toNanos();
    }

    @Override
    public long relativeTimeMillis() {
        return nanos / 1_000_000;
    }

    @Override
    public long relativeTimeNanos() {
        return nanos;
    }
}
