package io.riffle.taskmanager.internal.network.netty;

import java.util.Objects;

/** A consumer's channel {@code receiverId} has {@code credit} more buffers free for the sender to fill. */
public record AddCredit(InputChannelId receiverId, int credit) implements NettyMessage {

    public static final int TYPE_ID = 3;

    public AddCredit {
        Objects.requireNonNull(receiverId, "receiverId");
        if (credit < 1) {
            throw new IllegalArgumentException("added credit must be positive: " + credit);
        }
    }

    @Override
    public int typeId() {
        return TYPE_ID;
    }
}
