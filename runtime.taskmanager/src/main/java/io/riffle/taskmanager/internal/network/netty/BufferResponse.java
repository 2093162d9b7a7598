package io.riffle.taskmanager.internal.network.netty;

import io.netty.buffer.ByteBuf;
import java.util.Objects;

/**
 * One buffer (records or a serialized event) of the subpartition channel {@code receiverId} reads.
 * Each costs the sender one credit.
 *
 * <p>The holder of a response owns {@code data} and releases it: the encoder once the bytes are
 * framed, the receiving handler once they are copied into a network buffer.
 *
 * @param sequenceNumber 0 for the first buffer of a request, then counting up, so a lost or
 *     reordered buffer is detected
 * @param backlog buffers queued behind this one at the sender: how many more the receiver could use
 */
public record BufferResponse(InputChannelId receiverId, int sequenceNumber, int backlog, boolean event, ByteBuf data)
        implements NettyMessage {

    public static final int TYPE_ID = 2;

    public BufferResponse {
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(data, "data");
        if (sequenceNumber < 0) {
            throw new IllegalArgumentException("sequence number must not be negative: " + sequenceNumber);
        }
        if (backlog < 0) {
            throw new IllegalArgumentException("backlog must not be negative: " + backlog);
        }
    }

    public int size() {
        return data.readableBytes();
    }

    @Override
    public int typeId() {
        return TYPE_ID;
    }

    @Override
    public String toString() {
        return "BufferResponse[" + receiverId + " #" + sequenceNumber + ", " + (event ? "event" : "data") + ", " + data.readableBytes()
                + " bytes, backlog " + backlog + "]";
    }
}
