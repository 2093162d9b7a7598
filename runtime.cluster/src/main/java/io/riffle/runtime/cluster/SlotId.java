package io.riffle.runtime.cluster;

import java.util.Objects;

/** Slot number {@code slotNumber} of TaskManager {@code resourceId}. */
public record SlotId(ResourceId resourceId, int slotNumber) {

    public SlotId {
        Objects.requireNonNull(resourceId, "resourceId");
        if (slotNumber < 0) {
            throw new IllegalArgumentException("slot number must not be negative: " + slotNumber);
        }
    }

    @Override
    public String toString() {
        return resourceId + "/" + slotNumber;
    }
}
