package io.riffle.runtime.provider;

import io.riffle.configuration.MemorySize;
import java.util.Objects;

/**
 * CPU and memory of a worker or a slot.
 *
 * @param cpuCores CPU cores, may be fractional (a Kubernetes request of {@code 500m} is 0.5)
 * @param taskHeap JVM heap for user code and operators
 * @param managedMemory off-heap memory for state backends and sorting, split among slots
 * @param networkMemory memory for network buffers of the data exchange
 */
public record ResourceProfile(double cpuCores, MemorySize taskHeap, MemorySize managedMemory, MemorySize networkMemory) {

    public ResourceProfile {
        if (!(cpuCores > 0) || Double.isInfinite(cpuCores)) {
            throw new IllegalArgumentException("cpuCores must be a positive finite number, got " + cpuCores);
        }
        Objects.requireNonNull(taskHeap, "taskHeap");
        Objects.requireNonNull(managedMemory, "managedMemory");
        Objects.requireNonNull(networkMemory, "networkMemory");
    }

    /** The total memory of this profile. */
    public MemorySize totalMemory() {
        return taskHeap.add(managedMemory).add(networkMemory);
    }

    /** The share of one slot when a worker of this profile is divided into {@code slots} slots. */
    public ResourceProfile perSlot(int slots) {
        if (slots < 1) {
            throw new IllegalArgumentException("slots must be at least 1, got " + slots);
        }
        return new ResourceProfile(cpuCores / slots, taskHeap.divide(slots), managedMemory.divide(slots),
                networkMemory.divide(slots));
    }
}
