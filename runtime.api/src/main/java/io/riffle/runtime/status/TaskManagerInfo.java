package io.riffle.runtime.status;

import java.util.Objects;

/**
 * One TaskManager registered with the ResourceManager, at one moment.
 *
 * @param id the TaskManager's resource id
 * @param slotsTotal the slots it offers
 * @param slotsFree those not allocated, pending or refused
 * @param managedMemoryBytes its managed memory, which its slots share equally
 */
public record TaskManagerInfo(String id, int slotsTotal, int slotsFree, long managedMemoryBytes) {

    public TaskManagerInfo {
        Objects.requireNonNull(id, "id");
        if (slotsTotal < 0 || slotsFree < 0 || slotsFree > slotsTotal) {
            throw new IllegalArgumentException("slots: " + slotsFree + " free of " + slotsTotal);
        }
        if (managedMemoryBytes < 0) {
            throw new IllegalArgumentException("managed memory: " + managedMemoryBytes + " bytes");
        }
    }

    /** A TaskManager without managed memory (the shape of version 1.1 of this package). */
    public TaskManagerInfo(String id, int slotsTotal, int slotsFree) {
        this(id, slotsTotal, slotsFree, 0);
    }
}
