package io.riffle.configuration;

import java.time.Duration;

/** Options of the JobManager's handling of jobs. */
public final class JobManagerOptions {

    public static final ConfigOption<Duration> SLOT_REQUEST_TIMEOUT = ConfigOptions.key("slot.request.timeout")
            .durationType().defaultValue(Duration.ofMinutes(5))
            .withDescription("How long a job waits for all its slots before it fails, saying how many it needed and got.");

    private JobManagerOptions() {}
}
