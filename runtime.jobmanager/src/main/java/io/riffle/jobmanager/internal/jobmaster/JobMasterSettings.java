package io.riffle.jobmanager.internal.jobmaster;

import io.riffle.runtime.heartbeat.HeartbeatSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * @param slotRequestTimeout how long a job waits for all its slots before it fails
 * @param heartbeats how the JobMaster watches the TaskManagers it has slots from
 * @param restartStrategy what the job does after a failure
 */
public record JobMasterSettings(Duration slotRequestTimeout, HeartbeatSettings heartbeats, RestartStrategy restartStrategy) {

    /** Flink's defaults without checkpoints: no restart. */
    public static final JobMasterSettings DEFAULTS = new JobMasterSettings(Duration.ofMinutes(1), HeartbeatSettings.DEFAULTS,
            RestartStrategy.NONE);

    public JobMasterSettings {
        Objects.requireNonNull(slotRequestTimeout, "slotRequestTimeout");
        Objects.requireNonNull(heartbeats, "heartbeats");
        Objects.requireNonNull(restartStrategy, "restartStrategy");
        if (slotRequestTimeout.isNegative() || slotRequestTimeout.isZero()) {
            throw new IllegalArgumentException("slot request timeout must be positive, got " + slotRequestTimeout);
        }
    }

    public JobMasterSettings withRestartStrategy(RestartStrategy strategy) {
        return new JobMasterSettings(slotRequestTimeout, heartbeats, strategy);
    }
}
