package io.riffle.api.common.eventtime;

import io.riffle.util.clock.RelativeClock;
import java.time.Duration;

/**
 * Wraps a generator and marks its output idle after no events for a timeout, so an input without data
 * does not hold back event time downstream. The next event makes it active again.
 */
public class WatermarksWithIdleness<T> implements WatermarkGenerator<T> {

    private final WatermarkGenerator<T> watermarks;
    private final IdlenessTimer idlenessTimer;
    private boolean isIdleNow;

    public WatermarksWithIdleness(WatermarkGenerator<T> watermarks, Duration idleTimeout, RelativeClock clock) {
        this.watermarks = watermarks;
        this.idlenessTimer = new IdlenessTimer(clock, idleTimeout);
    }

    @Override
    public void onEvent(T event, long eventTimestamp, WatermarkOutput output) {
        watermarks.onEvent(event, eventTimestamp, output);
        idlenessTimer.activity();
        isIdleNow = false;
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        if (idlenessTimer.checkIfIdle()) {
            if (!isIdleNow) {
                output.markIdle();
                isIdleNow = true;
            }
        } else {
            watermarks.onPeriodicEmit(output);
        }
    }
}
