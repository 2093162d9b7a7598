package io.riffle.taskmanager.internal.network.serialization;

import io.riffle.taskmanager.internal.network.buffer.Buffer;
import io.riffle.taskmanager.internal.network.buffer.BufferRecycler;
import io.riffle.taskmanager.internal.network.event.EndOfPartitionEvent;
import io.riffle.taskmanager.internal.network.event.RuntimeEvent;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Turns {@link RuntimeEvent}s into event buffers and back: a 4-byte big-endian event type, then the
 * event's fields (none yet). Event buffers are small and unpooled: events are rare (one end of
 * partition per subpartition), and a producer must be able to end its partition even when its
 * pool is exhausted.
 */
public final class EventSerializer {

    private static final int END_OF_PARTITION = 0;
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private EventSerializer() {}

    public static Buffer toBuffer(RuntimeEvent event) {
        byte[] bytes = new byte[4];
        if (event instanceof EndOfPartitionEvent) {
            INT.set(bytes, 0, END_OF_PARTITION);
        } else {
            throw new IllegalArgumentException("no serialization for event " + event);
        }
        Buffer buffer = new Buffer(bytes, BufferRecycler.UNPOOLED);
        buffer.setWriterIndex(bytes.length);
        buffer.markAsEvent();
        return buffer;
    }

    /** Reads the event in {@code buffer}; the caller still recycles the buffer. */
    public static RuntimeEvent fromBuffer(Buffer buffer) throws IOException {
        if (!buffer.isEvent() || buffer.readableBytes() < 4) {
            throw new IOException("not an event buffer: " + buffer);
        }
        int type = (int) INT.get(buffer.array(), buffer.getReaderIndex());
        if (type == END_OF_PARTITION) {
            return EndOfPartitionEvent.INSTANCE;
        }
        throw new IOException("unknown event type " + type + " in " + buffer + ": producer and consumer run different versions?");
    }
}
