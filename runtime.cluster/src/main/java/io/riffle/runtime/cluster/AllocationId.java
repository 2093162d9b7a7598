package io.riffle.runtime.cluster;

import java.util.Objects;
import java.util.UUID;

/** One allocation of a slot to a job. */
public record AllocationId(UUID value) {

    public AllocationId {
        Objects.requireNonNull(value, "value");
    }

    public static AllocationId generate() {
        return new AllocationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString().replace("-", "");
    }
}
