package io.riffle.runtime.cluster;

import io.riffle.runtime.jobgraph.IntermediateDataSetId;
import java.util.Objects;

/**
 * The partition of data set {@code dataSetId} that subtask {@code partitionIndex} writes in its
 * attempt {@code producer}. A restarted producer writes a new partition.
 */
public record ResultPartitionId(IntermediateDataSetId dataSetId, int partitionIndex, ExecutionAttemptId producer) {

    public ResultPartitionId {
        Objects.requireNonNull(dataSetId, "dataSetId");
        Objects.requireNonNull(producer, "producer");
        if (partitionIndex < 0) {
            throw new IllegalArgumentException("partition index must not be negative: " + partitionIndex);
        }
    }
}
