package io.riffle.api.common.eventtime;

import java.time.Duration;

/**
 * Periodic watermarks for events that arrive at most {@code maxOutOfOrderness} late: the watermark is
 * the largest timestamp seen minus the out-of-orderness minus one millisecond (an event exactly
 * {@code maxOutOfOrderness} late is still on time).
 */
public class BoundedOutOfOrdernessWatermarks<T> implements WatermarkGenerator<T> {

    private final long outOfOrdernessMillis;
    private long maxTimestamp;

    public BoundedOutOfOrdernessWatermarks(Duration maxOutOfOrderness) {
        if (maxOutOfOrderness == null || maxOutOfOrderness.isNegative()) {
            throw new IllegalArgumentException("maxOutOfOrderness must be zero or positive, was " + maxOutOfOrderness);
        }
        outOfOrdernessMillis = maxOutOfOrderness.toMillis();
        // Before the first event the watermark is Long.MIN_VALUE, without overflowing below it.
        maxTimestamp = Long.MIN_VALUE + outOfOrdernessMillis + 1;
    }

    @Override
    public void onEvent(T event, long eventTimestamp, WatermarkOutput output) {
        maxTimestamp = Math.max(maxTimestamp, eventTimestamp);
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        output.emitWatermark(new Watermark(maxTimestamp - outOfOrdernessMillis - 1));
    }
}
