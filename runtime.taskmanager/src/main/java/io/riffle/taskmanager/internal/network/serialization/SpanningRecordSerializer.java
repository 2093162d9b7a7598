package io.riffle.taskmanager.internal.network.serialization;

import io.riffle.core.memory.DataOutputSerializer;
import io.riffle.taskmanager.internal.streamrecord.StreamElement;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import java.io.IOException;

/**
 * The writing half of the channel framing that {@link SpanningRecordDeserializer} reads: each
 * element becomes a 4-byte big-endian length and that many bytes, which the writer copies into
 * buffers, continuing in the next buffer when one is full.
 *
 * <p>Serializes into one reusable scratch array (grown to the largest element seen), so the hot
 * path allocates nothing. The caller copies {@code [0, length())} of {@link #bytes()} before the
 * next call. Not thread-safe.
 */
public final class SpanningRecordSerializer<T> {

    /** Larger serialized elements are refused by writers and taken as corruption by readers: 64 MiB. */
    public static final int DEFAULT_MAX_RECORD_SIZE = 64 << 20;

    private static final int INITIAL_SCRATCH_SIZE = 256;

    private final StreamElementSerializer<T> elementSerializer;
    private final int maxRecordSize;
    private final DataOutputSerializer scratch = new DataOutputSerializer(INITIAL_SCRATCH_SIZE);

    public SpanningRecordSerializer(StreamElementSerializer<T> elementSerializer, int maxRecordSize) {
        if (maxRecordSize < 1) {
            throw new IllegalArgumentException("max record size must be positive, got " + maxRecordSize);
        }
        this.elementSerializer = elementSerializer;
        this.maxRecordSize = maxRecordSize;
    }

    /** Frames {@code record}; returns the framed length (prefix included). */
    public int serializeRecord(StreamRecord<T> record) throws IOException {
        scratch.clear();
        scratch.writeInt(0);
        elementSerializer.serializeRecord(record, scratch);
        return finish();
    }

    /** Frames any element (watermarks, statuses); returns the framed length (prefix included). */
    public int serialize(StreamElement element) throws IOException {
        scratch.clear();
        scratch.writeInt(0);
        elementSerializer.serialize(element, scratch);
        return finish();
    }

    private int finish() throws IOException {
        int length = scratch.length() - 4;
        if (length > maxRecordSize) {
            throw new IOException("serialized record of " + length + " bytes exceeds the max record size of "
                    + maxRecordSize + " bytes; raise the max record size of the network or shrink the records");
        }
        scratch.setIntAt(0, length);
        return scratch.length();
    }

    /** The framed element, valid in {@code [0, length())} until the next call. */
    public byte[] bytes() {
        return scratch.getSharedBuffer();
    }

    public int length() {
        return scratch.length();
    }
}
