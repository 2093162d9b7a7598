package io.riffle.runtime.taskexecutor;

import io.riffle.runtime.cluster.AllocationId;
import java.util.Objects;

/** A slot a TaskExecutor offers to a JobMaster for the allocation the ResourceManager made. */
public record SlotOffer(AllocationId allocationId, int slotIndex) {

    public SlotOffer {
        Objects.requireNonNull(allocationId, "allocationId");
    }
}
