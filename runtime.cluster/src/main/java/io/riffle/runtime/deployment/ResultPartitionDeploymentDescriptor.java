package io.riffle.runtime.deployment;

import io.riffle.runtime.cluster.ResultPartitionId;
import java.util.Objects;

/** A partition the subtask writes: one subpartition per consumer subtask it feeds. */
public record ResultPartitionDeploymentDescriptor(ResultPartitionId partitionId, int numberOfSubpartitions) {

    public ResultPartitionDeploymentDescriptor {
        Objects.requireNonNull(partitionId, "partitionId");
        if (numberOfSubpartitions < 1) {
            throw new IllegalArgumentException("a partition needs at least one subpartition");
        }
    }
}
