package io.riffle.taskmanager.internal.network.gate;

import io.riffle.taskmanager.internal.network.buffer.Buffer;
import io.riffle.taskmanager.internal.network.event.RuntimeEvent;

/**
 * What an input gate hands its task: a data buffer (which the task recycles once deserialized) or
 * a decoded event, with the index of the channel it came from.
 */
public record BufferOrEvent(Buffer buffer, RuntimeEvent event, int channelIndex) {

    public BufferOrEvent {
        if ((buffer == null) == (event == null)) {
            throw new IllegalArgumentException("exactly one of buffer and event must be given");
        }
    }

    public static BufferOrEvent ofBuffer(Buffer buffer, int channelIndex) {
        return new BufferOrEvent(buffer, null, channelIndex);
    }

    public static BufferOrEvent ofEvent(RuntimeEvent event, int channelIndex) {
        return new BufferOrEvent(null, event, channelIndex);
    }

    public boolean isBuffer() {
        return buffer != null;
    }
}
