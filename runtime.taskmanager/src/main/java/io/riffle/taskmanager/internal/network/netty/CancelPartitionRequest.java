package io.riffle.taskmanager.internal.network.netty;

import java.util.Objects;

/** The consumer's channel {@code receiverId} stops reading: the sender drops its subpartition reader. */
public record CancelPartitionRequest(InputChannelId receiverId) implements NettyMessage {

    public static final int TYPE_ID = 4;

    public CancelPartitionRequest {
        Objects.requireNonNull(receiverId, "receiverId");
    }

    @Override
    public int typeId() {
        return TYPE_ID;
    }
}
