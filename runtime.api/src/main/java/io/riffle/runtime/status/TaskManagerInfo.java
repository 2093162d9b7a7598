package io.riffle.runtime.status;

import java.util.Objects;

/**
 * One TaskManager registered with the ResourceManager, at one moment.
 *
 * @param id the TaskManager's resource id
 * @param slotsTotal the slots it offers
 * @param slotsFree those not allocated, pending or refused
 */
public record TaskManagerInfo(String id, int slotsTotal, int slotsFree) {

    public TaskManagerInfo {
        Objects.requireNonNull(id, "id");
        if (slotsTotal < 0 || slotsFree < 0 || slotsFree > slotsTotal) {
            throw new IllegalArgumentException("slots: " + slotsFree + " free of " + slotsTotal);
        }
    }
}
