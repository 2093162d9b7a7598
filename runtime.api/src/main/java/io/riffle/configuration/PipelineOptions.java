package io.riffle.configuration;

import java.time.Duration;

/** Options that shape how a job's stream graph becomes a job graph. */
public final class PipelineOptions {

    public static final ConfigOption<Integer> MAX_PARALLELISM = ConfigOptions.key("pipeline.max-parallelism")
            .intType().defaultValue(128)
            .withDescription("Number of key groups, and so the highest parallelism keyed state can be rescaled to.");

    public static final ConfigOption<Boolean> OPERATOR_CHAINING = ConfigOptions.key("pipeline.operator-chaining.enabled")
            .booleanType().defaultValue(true)
            .withDescription("Whether operators that can run in one task are chained into it.");

    public static final ConfigOption<Duration> AUTO_WATERMARK_INTERVAL = ConfigOptions.key("pipeline.auto-watermark-interval")
            .durationType().defaultValue(Duration.ofMillis(200))
            .withDescription("Interval of periodic watermark emission; 0 turns it off.");

    private PipelineOptions() {}
}
