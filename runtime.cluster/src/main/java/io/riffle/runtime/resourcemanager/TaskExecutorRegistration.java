package io.riffle.runtime.resourcemanager;

import io.riffle.runtime.cluster.ResourceId;
import java.util.Objects;

/**
 * What a TaskExecutor tells the ResourceManager when it registers.
 *
 * @param managedMemoryBytes its managed memory ({@code taskmanager.memory.managed.size}), which its slots share equally
 */
public record TaskExecutorRegistration(ResourceId resourceId, int numberOfSlots, long managedMemoryBytes) {

    public TaskExecutorRegistration {
        Objects.requireNonNull(resourceId, "resourceId");
        if (numberOfSlots < 1) {
            throw new IllegalArgumentException("a TaskExecutor needs at least one slot, " + resourceId + " has " + numberOfSlots);
        }
        if (managedMemoryBytes < 0) {
            throw new IllegalArgumentException("the managed memory of TaskExecutor " + resourceId + " cannot be negative: "
                    + managedMemoryBytes + " bytes");
        }
    }

    /** A TaskExecutor without managed memory (the shape of version 1.0 of this package). */
    public TaskExecutorRegistration(ResourceId resourceId, int numberOfSlots) {
        this(resourceId, numberOfSlots, 0);
    }
}
