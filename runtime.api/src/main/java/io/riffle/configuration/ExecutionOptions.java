package io.riffle.configuration;

import java.time.Duration;

/** Options of the data exchange between tasks. */
public final class ExecutionOptions {

    public static final ConfigOption<Duration> BUFFER_TIMEOUT = ConfigOptions.key("execution.buffer-timeout.interval")
            .durationType().defaultValue(Duration.ofMillis(100))
            .withDescription("Longest time a partly filled network buffer waits before it is sent; 0 sends every record at once.");

    private ExecutionOptions() {}
}
