package io.riffle.examples.windowing;

import io.riffle.api.common.eventtime.Watermark;
import io.riffle.api.common.eventtime.WatermarkGenerator;
import io.riffle.api.common.eventtime.WatermarkOutput;
import java.time.Duration;

/**
 * The watermark of Flink's bounded out-of-orderness strategy (highest timestamp seen minus the bound
 * minus 1 ms), emitted after every event instead of every {@code pipeline.auto-watermark-interval}.
 *
 * <p>Why per event: the example's few clicks are read in well under the 200 ms interval, so a
 * periodic watermark would fire at an arbitrary point of the input, or only at its end, and which
 * clicks come too late would change from run to run (or none would). Emitted per event, the
 * watermark depends only on the order of the clicks.
 */
public final class PerEventOutOfOrdernessWatermarks<T> implements WatermarkGenerator<T> {

    private final long outOfOrdernessMillis;
    private long maxTimestamp = Long.MIN_VALUE;

    public PerEventOutOfOrdernessWatermarks(Duration maxOutOfOrderness) {
        if (maxOutOfOrderness == null || maxOutOfOrderness.isNegative()) {
            throw new IllegalArgumentException("maxOutOfOrderness must be zero or positive, was " + maxOutOfOrderness);
        }
        outOfOrdernessMillis = maxOutOfOrderness.toMillis();
    }

    @Override
    public void onEvent(T event, long eventTimestamp, WatermarkOutput output) {
        if (eventTimestamp > maxTimestamp) {
            maxTimestamp = eventTimestamp;
            // an event exactly outOfOrdernessMillis behind the highest timestamp is still on time
            long watermark = maxTimestamp - outOfOrdernessMillis - 1;
            if (watermark < maxTimestamp) { // no wrap-around below Long.MIN_VALUE
                output.emitWatermark(new Watermark(watermark));
            }
        }
    }

    /** Nothing: every watermark is emitted in {@link #onEvent}. */
    @Override
    public void onPeriodicEmit(WatermarkOutput output) {}
}
