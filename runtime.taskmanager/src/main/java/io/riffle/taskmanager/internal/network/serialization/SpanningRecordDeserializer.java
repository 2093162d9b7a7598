package io.riffle.taskmanager.internal.network.serialization;

import io.riffle.core.memory.DataInputDeserializer;
import io.riffle.core.memory.DataInputView;
import io.riffle.taskmanager.internal.network.buffer.Buffer;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Cuts the byte stream of one input channel back into records framed by
 * {@link SpanningRecordSerializer} (4-byte big-endian length, then the bytes).
 *
 * <p>A record that lies wholly in the current buffer is read straight from the buffer's array. Only
 * a record (or length) that spans buffers is copied, piece by piece, into a scratch array that grows
 * to the largest spanning record; the pieces' buffers are recycled as soon as they are copied, so a
 * reader never holds more than one buffer of its producer (holding more while waiting for the rest
 * of a record could deadlock a small pool).
 *
 * <p>Use: {@link #setNextBuffer} when {@link #nextRecord()} returned null, and deserialize each
 * returned view before the next call. One per input channel; not thread-safe.
 */
public final class SpanningRecordDeserializer {

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    /** Scratch arrays larger than this are dropped after use, so one huge record does not pin memory. */
    private static final int RETAINED_SCRATCH_SIZE = 1 << 20;

    private final String channelName;
    private final int maxRecordSize;
    private final DataInputDeserializer recordView = new DataInputDeserializer();

    private Buffer buffer;
    private byte[] array;
    private int position;
    private int limit;

    /** Bytes of a spanning length read so far (0 = none pending). */
    private int lengthBytesRead;
    private int partialLength;
    /** Length of a spanning record being copied into {@code scratch}, or -1. */
    private int spanningLength = -1;
    private int scratchFilled;
    private byte[] scratch = new byte[0];

    /** Whether the last returned view's bytes must all have been read by the next call. */
    private boolean recordOutstanding;
    private int outstandingLength;

    /**
     * @param channelName names the channel in errors, e.g. {@code "channel 2 (subpartition 1 of …) of Map (2/4)"}
     * @param maxRecordSize larger lengths are taken as a corrupt stream
     */
    public SpanningRecordDeserializer(String channelName, int maxRecordSize) {
        this.channelName = channelName;
        this.maxRecordSize = maxRecordSize;
    }

    /** Continues with {@code next}; this deserializer recycles it when its bytes are consumed. */
    public void setNextBuffer(Buffer next) {
        if (buffer != null) {
            throw new IllegalStateException("buffer " + buffer + " of " + channelName + " is not consumed yet");
        }
        buffer = next;
        array = next.array();
        position = next.getReaderIndex();
        limit = next.getWriterIndex();
    }

    /**
     * A view over exactly the next record's bytes, or null when the buffers given so far hold no
     * complete record (the last buffer has then been recycled; a partial record is kept).
     */
    public DataInputView nextRecord() throws IOException {
        if (recordOutstanding) {
            checkRecordFullyRead();
        }
        if (buffer == null) {
            return null;
        }
        int remaining = limit - position;
        if (spanningLength < 0 && lengthBytesRead == 0 && remaining >= 4) {
            int length = (int) INT.get(array, position);
            checkLength(length);
            if (remaining - 4 >= length) {
                return viewOf(array, position + 4, length, length + 4);
            }
        }
        return nextSpanningRecord();
    }

    private DataInputView nextSpanningRecord() throws IOException {
        if (spanningLength < 0) {
            while (lengthBytesRead < 4 && position < limit) {
                partialLength = (partialLength << 8) | (array[position++] & 0xFF);
                lengthBytesRead++;
            }
            if (lengthBytesRead < 4) {
                releaseBuffer();
                return null;
            }
            int length = partialLength;
            lengthBytesRead = 0;
            partialLength = 0;
            checkLength(length);
            if (limit - position >= length) {
                // Only the length spanned: the record itself is whole in this buffer.
                return viewOf(array, position, length, length);
            }
            spanningLength = length;
            scratchFilled = 0;
            if (scratch.length < length) {
                scratch = new byte[Math.max(length, (int) Math.min(maxRecordSize, 2L * scratch.length))];
            }
        }
        int n = Math.min(spanningLength - scratchFilled, limit - position);
        System.arraycopy(array, position, scratch, scratchFilled, n);
        position += n;
        scratchFilled += n;
        if (scratchFilled < spanningLength) {
            releaseBuffer();
            return null;
        }
        int length = spanningLength;
        spanningLength = -1;
        recordOutstanding = true;
        outstandingLength = length;
        recordView.setBuffer(scratch, 0, length);
        return recordView;
    }

    private DataInputView viewOf(byte[] bytes, int offset, int length, int consumed) {
        recordView.setBuffer(bytes, offset, length);
        position += consumed;
        recordOutstanding = true;
        outstandingLength = length;
        return recordView;
    }

    private void checkRecordFullyRead() throws IOException {
        recordOutstanding = false;
        int unread = recordView.available();
        if (unread != 0) {
            throw new IOException("corrupt stream on " + channelName + ": the serializer read " + (outstandingLength - unread)
                    + " of a record's " + outstandingLength + " bytes; producer and consumer serializers disagree");
        }
        if (scratch.length > RETAINED_SCRATCH_SIZE && spanningLength < 0) {
            scratch = new byte[0];
        }
    }

    private void checkLength(int length) throws IOException {
        if (length < 0 || length > maxRecordSize) {
            throw new IOException("corrupt stream on " + channelName + ": record length " + length + " is outside 0.."
                    + maxRecordSize + " (the max record size); producer and consumer serializers disagree or data was damaged");
        }
    }

    private void releaseBuffer() {
        Buffer consumed = buffer;
        buffer = null;
        array = null;
        consumed.recycle();
    }

    /** Whether bytes of an incomplete record are pending: at the end of a channel, a truncated stream. */
    public boolean hasPartialRecord() {
        return spanningLength >= 0 || lengthBytesRead > 0 || (buffer != null && position < limit);
    }

    /** Recycles the current buffer and forgets any partial record. */
    public void clear() {
        if (buffer != null) {
            releaseBuffer();
        }
        recordOutstanding = false;
        spanningLength = -1;
        lengthBytesRead = 0;
        partialLength = 0;
        scratch = new byte[0];
    }
}
