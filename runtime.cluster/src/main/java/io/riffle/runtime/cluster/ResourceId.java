package io.riffle.runtime.cluster;

import java.util.Objects;
import java.util.UUID;

/** A TaskManager (or other worker process), e.g. {@code taskmanager-1} or a generated name. */
public record ResourceId(String value) {

    public ResourceId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a resource id must not be blank");
        }
    }

    public static ResourceId generate() {
        return new ResourceId("taskmanager-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Override
    public String toString() {
        return value;
    }
}
