package io.riffle.taskmanager.internal.network.partition;

import io.riffle.taskmanager.internal.network.buffer.Buffer;
import java.util.Objects;

/**
 * A buffer read from a subpartition, and whether more were queued behind it at that moment. When
 * {@code moreAvailable} is false the reader is notified again when the next buffer arrives.
 */
public record BufferAndAvailability(Buffer buffer, boolean moreAvailable) {

    public BufferAndAvailability {
        Objects.requireNonNull(buffer, "buffer");
    }
}
