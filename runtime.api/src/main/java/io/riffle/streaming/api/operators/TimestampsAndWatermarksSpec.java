package io.riffle.streaming.api.operators;

import io.riffle.api.common.eventtime.WatermarkStrategy;
import java.util.Objects;

/**
 * Stamps records with event time and emits watermarks by a {@link WatermarkStrategy}.
 *
 * @param autoWatermarkInterval ms between periodic watermark emissions, 0 for none; set from the
 *     job's {@code pipeline.auto-watermark-interval} when the job is translated
 */
public record TimestampsAndWatermarksSpec(WatermarkStrategy<?> strategy, long autoWatermarkInterval) implements OperatorSpec {

    private static final long serialVersionUID = 1L;

    public TimestampsAndWatermarksSpec {
        Objects.requireNonNull(strategy, "strategy");
        if (autoWatermarkInterval < 0) {
            throw new IllegalArgumentException("the auto watermark interval must not be negative, was " + autoWatermarkInterval);
        }
    }

    /** This spec emitting every {@code interval} ms. */
    public TimestampsAndWatermarksSpec withAutoWatermarkInterval(long interval) {
        return new TimestampsAndWatermarksSpec(strategy, interval);
    }

    @Override
    public Object userFunction() {
        return strategy;
    }
}
