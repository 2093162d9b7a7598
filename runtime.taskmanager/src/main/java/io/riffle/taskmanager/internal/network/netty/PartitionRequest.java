package io.riffle.taskmanager.internal.network.netty;

import io.riffle.runtime.cluster.ResultPartitionId;
import java.util.Objects;

/**
 * A consumer asks for subpartition {@code subpartitionIndex} of partition {@code partitionId}, to be
 * sent to its channel {@code receiverId}, and grants the sender {@code credit} buffers to start with.
 */
public record PartitionRequest(ResultPartitionId partitionId, int subpartitionIndex, InputChannelId receiverId, int credit)
        implements NettyMessage {

    public static final int TYPE_ID = 1;

    public PartitionRequest {
        Objects.requireNonNull(partitionId, "partitionId");
        Objects.requireNonNull(receiverId, "receiverId");
        if (subpartitionIndex < 0) {
            throw new IllegalArgumentException("subpartition index must not be negative: " + subpartitionIndex);
        }
        if (credit < 0) {
            throw new IllegalArgumentException("initial credit must not be negative: " + credit);
        }
    }

    @Override
    public int typeId() {
        return TYPE_ID;
    }
}
