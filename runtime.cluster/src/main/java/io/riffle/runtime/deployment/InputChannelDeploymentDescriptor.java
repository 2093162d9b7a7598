package io.riffle.runtime.deployment;

import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.ResultPartitionId;
import java.util.Objects;

/** One channel of an input gate: subpartition {@code subpartitionIndex} of a producer's partition. */
public record InputChannelDeploymentDescriptor(ResultPartitionId partitionId, int subpartitionIndex, ResourceId producerLocation) {

    public InputChannelDeploymentDescriptor {
        Objects.requireNonNull(partitionId, "partitionId");
        Objects.requireNonNull(producerLocation, "producerLocation");
    }
}
