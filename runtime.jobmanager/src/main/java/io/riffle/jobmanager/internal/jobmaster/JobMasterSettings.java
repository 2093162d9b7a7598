package io.riffle.jobmanager.internal.jobmaster;

import java.time.Duration;
import java.util.Objects;

/** @param slotRequestTimeout how long a job waits for all its slots before it fails */
public record JobMasterSettings(Duration slotRequestTimeout) {

    public static final JobMasterSettings DEFAULTS = new JobMasterSettings(Duration.ofMinutes(1));

    public JobMasterSettings {
        Objects.requireNonNull(slotRequestTimeout, "slotRequestTimeout");
        if (slotRequestTimeout.isNegative() || slotRequestTimeout.isZero()) {
            throw new IllegalArgumentException("slot request timeout must be positive, got " + slotRequestTimeout);
        }
    }
}
