package io.riffle.runtime.deployment;

import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import java.util.Objects;

/** One channel of an input gate: subpartition {@code subpartitionIndex} of a producer's partition. */
public record InputChannelDeploymentDescriptor(ResultPartitionId partitionId, int subpartitionIndex, TaskManagerLocation producerLocation) {

    public InputChannelDeploymentDescriptor {
        Objects.requireNonNull(partitionId, "partitionId");
        Objects.requireNonNull(producerLocation, "producerLocation");
    }
}
