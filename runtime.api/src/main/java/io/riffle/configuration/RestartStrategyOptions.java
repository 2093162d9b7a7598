package io.riffle.configuration;

import java.time.Duration;

/**
 * How a job recovers from a failed task or a lost TaskManager, as in Flink. Riffle knows the
 * {@code none} and {@code fixed-delay} strategies; a restart is a full restart (every task starts
 * over), as checkpoints do not exist yet.
 */
public final class RestartStrategyOptions {

    public static final ConfigOption<String> RESTART_STRATEGY = ConfigOptions.key("restart-strategy.type")
            .stringType().defaultValue("none")
            .withDescription("none: a failure fails the job. fixed-delay: cancel every task and deploy the job again after a delay, "
                    + "a limited number of times.");

    public static final ConfigOption<Integer> RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS = ConfigOptions
            .key("restart-strategy.fixed-delay.attempts").intType().defaultValue(1)
            .withDescription("How often the fixed-delay strategy restarts a job before it fails.");

    public static final ConfigOption<Duration> RESTART_STRATEGY_FIXED_DELAY_DELAY = ConfigOptions
            .key("restart-strategy.fixed-delay.delay").durationType().defaultValue(Duration.ofSeconds(1))
            .withDescription("How long the fixed-delay strategy waits before it restarts a job.");

    private RestartStrategyOptions() {}
}
