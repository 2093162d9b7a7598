package io.riffle.runtime.rpc.gateway;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.AllocationId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.rpc.RpcAddress;
import java.util.Objects;

/**
 * {@code TaskExecutorGateway.requestSlot}: the ResourceManager allocates a slot to a job.
 *
 * @param jobMaster where the TaskExecutor offers the slot, with the JobMaster's fencing token
 */
public record RequestSlot(SlotId slotId, JobID jobId, AllocationId allocationId, RpcAddress jobMaster) implements TaskExecutorRequest {

    public RequestSlot {
        Objects.requireNonNull(slotId, "slotId");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(allocationId, "allocationId");
        Objects.requireNonNull(jobMaster, "jobMaster");
    }
}
