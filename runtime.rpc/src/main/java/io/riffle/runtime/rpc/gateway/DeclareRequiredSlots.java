package io.riffle.runtime.rpc.gateway;

import io.riffle.api.common.JobID;
import io.riffle.runtime.rpc.RpcAddress;
import java.util.Objects;

/**
 * {@code ResourceManagerGateway.declareRequiredSlots}.
 *
 * @param jobMaster where TaskExecutors offer the job's slots, with the JobMaster's fencing token
 */
public record DeclareRequiredSlots(JobID jobId, RpcAddress jobMaster, int requiredSlots) implements ResourceManagerRequest {

    public DeclareRequiredSlots {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(jobMaster, "jobMaster");
        if (requiredSlots < 0) {
            throw new IllegalArgumentException("job " + jobId + " cannot require " + requiredSlots + " slots");
        }
    }
}
