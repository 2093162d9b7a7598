package io.riffle.taskmanager.internal.network.partition;

import io.riffle.taskmanager.internal.network.buffer.Buffer;
import io.riffle.taskmanager.internal.network.serialization.SpanningRecordSerializer;
import io.riffle.taskmanager.internal.network.serialization.StreamElementSerializer;
import io.riffle.taskmanager.internal.partitioner.ChannelSelector;
import io.riffle.taskmanager.internal.streamrecord.StreamElement;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * Writes a task's stream elements into its {@link ResultPartition}: serializes each element once
 * into a scratch array, then copies it into the current buffer of the chosen subpartition(s),
 * continuing in a new buffer when one fills up. A full buffer goes to its subpartition at once; a
 * partly filled one when {@link #flushAll()} is called.
 *
 * <p>Getting a new buffer blocks while the partition's pool is exhausted, which is how a slow
 * consumer slows this producer down. The writer holds at most one buffer per subpartition.
 *
 * <p>Not thread-safe: everything, including the timed flush, runs on the task thread (the task
 * schedules {@code flushAll} through its mailbox every buffer timeout).
 */
public final class RecordWriter<T> {

    private final ResultPartition partition;
    private final ChannelSelector<T> channelSelector;
    private final SpanningRecordSerializer<T> serializer;
    private final boolean flushAfterEveryRecord;
    private final Buffer[] currentBuffers;
    private final int numberOfChannels;
    private boolean finished;

    /** A writer that flushes when {@link #flushAll()} is called, with the default max record size. */
    public RecordWriter(ResultPartition partition, ChannelSelector<T> channelSelector, StreamElementSerializer<T> serializer) {
        this(partition, channelSelector, serializer, false, SpanningRecordSerializer.DEFAULT_MAX_RECORD_SIZE);
    }

    /**
     * @param flushAfterEveryRecord true for a buffer timeout of 0: every element is visible to the
     *     consumer at once, at the cost of one buffer per element
     * @param maxRecordSize larger serialized elements fail here rather than at the consumer
     */
    public RecordWriter(ResultPartition partition, ChannelSelector<T> channelSelector, StreamElementSerializer<T> serializer,
            boolean flushAfterEveryRecord, int maxRecordSize) {
        this.partition = partition;
        this.channelSelector = channelSelector;
        this.serializer = new SpanningRecordSerializer<>(serializer, maxRecordSize);
        this.flushAfterEveryRecord = flushAfterEveryRecord;
        this.numberOfChannels = partition.getNumberOfSubpartitions();
        this.currentBuffers = new Buffer[numberOfChannels];
        channelSelector.setup(numberOfChannels);
    }

    /**
     * Writes {@code record} to the channel the selector picks (to all of them for broadcast),
     * waiting for a buffer if the pool is exhausted.
     *
     * @throws PartitionReleasedException if the partition was released (cancellation, failure)
     * @throws io.riffle.taskmanager.internal.network.buffer.BufferPoolDestroyedException if it was
     *     released while the writer waited for, or asked for, a buffer
     * @throws java.io.InterruptedIOException if the task thread was interrupted while waiting
     */
    public void emit(StreamRecord<T> record) throws IOException {
        checkNotFinished();
        int length = serializer.serializeRecord(record);
        if (channelSelector.isBroadcast()) {
            copyToAllChannels(length);
            return;
        }
        int channel = channelSelector.selectChannel(record);
        copyToChannel(channel, length);
        if (flushAfterEveryRecord) {
            flush(channel);
        }
    }

    /** Writes {@code element} (a watermark, a status, or a record) to every channel. */
    public void broadcastEmit(StreamElement element) throws IOException {
        checkNotFinished();
        copyToAllChannels(serializer.serialize(element));
    }

    private void copyToAllChannels(int length) throws IOException {
        for (int channel = 0; channel < numberOfChannels; channel++) {
            copyToChannel(channel, length);
        }
        if (flushAfterEveryRecord) {
            flushAll();
        }
    }

    private void copyToChannel(int channel, int length) throws IOException {
        byte[] bytes = serializer.bytes();
        int copied = 0;
        Buffer buffer = currentBuffers[channel];
        while (true) {
            if (buffer == null) {
                buffer = requestBuffer();
                currentBuffers[channel] = buffer;
            }
            copied += buffer.append(bytes, copied, length - copied);
            if (buffer.writableBytes() == 0) {
                currentBuffers[channel] = null;
                partition.add(channel, buffer);
                buffer = null;
            }
            if (copied == length) {
                return;
            }
        }
    }

    private Buffer requestBuffer() throws IOException {
        try {
            return partition.requestBufferBlocking();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting for a buffer of " + partition);
            interrupted.initCause(e);
            throw interrupted;
        }
    }

    /** Hands every partly filled buffer to its subpartition so consumers see it; empty ones stay. */
    public void flushAll() throws IOException {
        for (int channel = 0; channel < numberOfChannels; channel++) {
            flush(channel);
        }
    }

    private void flush(int channel) throws IOException {
        Buffer buffer = currentBuffers[channel];
        if (buffer != null && buffer.readableBytes() > 0) {
            currentBuffers[channel] = null;
            partition.add(channel, buffer);
        }
    }

    /** Whether a partly filled buffer waits for a flush. */
    public boolean hasUnflushedData() {
        for (Buffer buffer : currentBuffers) {
            if (buffer != null && buffer.readableBytes() > 0) {
                return true;
            }
        }
        return false;
    }

    /** Flushes and ends every subpartition with an end-of-partition event; nothing may be written after. */
    public void finish() throws IOException {
        checkNotFinished();
        flushAll();
        finished = true;
        partition.finish();
    }

    /** Recycles buffers not handed over (after a failure); the partition itself is released by its manager. */
    public void close() {
        for (int channel = 0; channel < numberOfChannels; channel++) {
            Buffer buffer = currentBuffers[channel];
            if (buffer != null) {
                currentBuffers[channel] = null;
                buffer.recycle();
            }
        }
        finished = true;
    }

    private void checkNotFinished() {
        if (finished) {
            throw new IllegalStateException("the writer of " + partition + " is finished or closed");
        }
    }

    @Override
    public String toString() {
        return "RecordWriter(" + partition + ", " + channelSelector + ")";
    }
}
