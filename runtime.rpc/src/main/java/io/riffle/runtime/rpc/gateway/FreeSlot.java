package io.riffle.runtime.rpc.gateway;

import io.riffle.runtime.cluster.AllocationId;
import java.util.Objects;

/** {@code TaskExecutorGateway.freeSlot}. */
public record FreeSlot(AllocationId allocationId) implements TaskExecutorRequest {

    public FreeSlot {
        Objects.requireNonNull(allocationId, "allocationId");
    }
}
