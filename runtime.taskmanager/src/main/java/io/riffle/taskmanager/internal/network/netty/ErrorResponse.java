package io.riffle.taskmanager.internal.network.netty;

import java.util.Objects;
import java.util.Optional;

/**
 * The producer side failed the request of channel {@code receiverId} (its partition was released,
 * does not exist, ...), or, with no receiver, the whole connection.
 *
 * @param receiverId the failed channel, or null for an error of the connection
 */
public record ErrorResponse(InputChannelId receiverId, String message) implements NettyMessage {

    public static final int TYPE_ID = 5;
    /** Longer messages are cut, so an error always fits a frame. */
    public static final int MAX_MESSAGE_CHARS = 4096;

    public ErrorResponse {
        Objects.requireNonNull(message, "message");
        if (message.length() > MAX_MESSAGE_CHARS) {
            message = message.substring(0, MAX_MESSAGE_CHARS - 3) + "...";
        }
    }

    public static ErrorResponse ofConnection(String message) {
        return new ErrorResponse(null, message);
    }

    public Optional<InputChannelId> receiver() {
        return Optional.ofNullable(receiverId);
    }

    @Override
    public int typeId() {
        return TYPE_ID;
    }
}
