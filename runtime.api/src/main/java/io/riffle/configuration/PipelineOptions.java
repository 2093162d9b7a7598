package io.riffle.configuration;

/** Options that shape how a job's stream graph becomes a job graph. */
public final class PipelineOptions {

    public static final ConfigOption<Integer> MAX_PARALLELISM = ConfigOptions.key("pipeline.max-parallelism")
            .intType().defaultValue(128)
            .withDescription("Number of key groups, and so the highest parallelism keyed state can be rescaled to.");

    public static final ConfigOption<Boolean> OPERATOR_CHAINING = ConfigOptions.key("pipeline.operator-chaining.enabled")
            .booleanType().defaultValue(true)
            .withDescription("Whether operators that can run in one task are chained into it.");

    private PipelineOptions() {}
}
