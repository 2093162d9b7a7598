package io.riffle.configuration;

/** Options every job and cluster understands. */
public final class CoreOptions {

    public static final ConfigOption<Integer> DEFAULT_PARALLELISM = ConfigOptions.key("parallelism.default")
            .intType().defaultValue(1)
            .withDescription("Parallelism of operators that set none. A local environment without this option uses the number of CPU cores.");

    private CoreOptions() {}
}
