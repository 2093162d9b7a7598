package io.riffle.streaming.api.operators;

import io.riffle.api.common.eventtime.WatermarkStrategy;
import io.riffle.api.connector.source.Source;
import java.util.Objects;

/**
 * Reads a Source: one reader per subtask, its split enumerator on the JobMaster.
 *
 * @param watermarkStrategy stamps the records the readers emit and generates the source's watermarks
 * @param autoWatermarkInterval ms between periodic watermark emissions, 0 for none; set from the
 *     job's {@code pipeline.auto-watermark-interval} when the job is translated
 */
public record SourceSpec(Source<?, ?, ?> function, WatermarkStrategy<?> watermarkStrategy, long autoWatermarkInterval)
        implements OperatorSpec {

    private static final long serialVersionUID = 1L;

    public SourceSpec {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(watermarkStrategy, "watermarkStrategy");
        if (autoWatermarkInterval < 0) {
            throw new IllegalArgumentException("the auto watermark interval must not be negative, was " + autoWatermarkInterval);
        }
    }

    /** A source without timestamps or watermarks. */
    public SourceSpec(Source<?, ?, ?> function) {
        this(function, WatermarkStrategy.noWatermarks(), 0);
    }

    /** This spec emitting every {@code interval} ms. */
    public SourceSpec withAutoWatermarkInterval(long interval) {
        return new SourceSpec(function, watermarkStrategy, interval);
    }

    @Override
    public Object userFunction() {
        return function;
    }
}
