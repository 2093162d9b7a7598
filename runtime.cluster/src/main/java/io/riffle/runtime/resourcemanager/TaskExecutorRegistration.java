package io.riffle.runtime.resourcemanager;

import io.riffle.runtime.cluster.ResourceId;
import java.util.Objects;

/** What a TaskExecutor tells the ResourceManager when it registers. */
public record TaskExecutorRegistration(ResourceId resourceId, int numberOfSlots) {

    public TaskExecutorRegistration {
        Objects.requireNonNull(resourceId, "resourceId");
        if (numberOfSlots < 1) {
            throw new IllegalArgumentException("a TaskExecutor needs at least one slot, " + resourceId + " has " + numberOfSlots);
        }
    }
}
