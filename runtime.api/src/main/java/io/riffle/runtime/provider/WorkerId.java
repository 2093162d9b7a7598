package io.riffle.runtime.provider;

import java.util.Objects;
import java.util.UUID;

/** Identifies a worker (a TaskManager process) for as long as the cluster runs. */
public record WorkerId(String value) {

    public WorkerId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a worker id must not be blank");
        }
    }

    /** A new random id, for providers whose cluster manager does not name workers itself. */
    public static WorkerId random() {
        return new WorkerId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
