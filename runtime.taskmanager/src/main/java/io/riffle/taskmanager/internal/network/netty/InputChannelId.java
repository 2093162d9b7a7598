package io.riffle.taskmanager.internal.network.netty;

import java.util.UUID;

/**
 * Names one remote input channel on the connection it shares with other channels: the receiver id
 * of the data protocol's messages. Random, so ids of different TaskManagers never collide on a server.
 */
public record InputChannelId(long upper, long lower) {

    public static InputChannelId generate() {
        UUID uuid = UUID.randomUUID();
        return new InputChannelId(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());
    }

    @Override
    public String toString() {
        return String.format("%016x%016x", upper, lower);
    }
}
