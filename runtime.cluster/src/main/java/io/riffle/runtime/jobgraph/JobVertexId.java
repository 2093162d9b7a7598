package io.riffle.runtime.jobgraph;

import java.util.Objects;
import java.util.UUID;

/** A vertex of the job graph: one chain of operators. */
public record JobVertexId(UUID value) {

    public JobVertexId {
        Objects.requireNonNull(value, "value");
    }

    public static JobVertexId generate() {
        return new JobVertexId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString().replace("-", "");
    }
}
