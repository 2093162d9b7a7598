package io.riffle.runtime.jobgraph;

import java.util.Objects;
import java.util.UUID;

/** The data set one job vertex produces for one consuming vertex. */
public record IntermediateDataSetId(UUID value) {

    public IntermediateDataSetId {
        Objects.requireNonNull(value, "value");
    }

    public static IntermediateDataSetId generate() {
        return new IntermediateDataSetId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString().replace("-", "");
    }
}
