package io.riffle.runtime.rpc.gateway;

import io.riffle.api.common.JobID;
import java.util.Objects;

/** {@code TaskExecutorGateway.heartbeatFromJobManager}. */
public record HeartbeatFromJobManager(JobID jobId) implements TaskExecutorRequest {

    public HeartbeatFromJobManager {
        Objects.requireNonNull(jobId, "jobId");
    }
}
