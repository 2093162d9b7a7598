package io.riffle.bench.jmh;

import io.riffle.core.memory.DataInputView;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.runtime.jobgraph.IntermediateDataSetId;
import io.riffle.taskmanager.internal.network.buffer.NetworkBufferPool;
import io.riffle.taskmanager.internal.network.partition.BufferAndAvailability;
import io.riffle.taskmanager.internal.network.partition.RecordWriter;
import io.riffle.taskmanager.internal.network.partition.ResultPartition;
import io.riffle.taskmanager.internal.network.partition.ResultPartitionManager;
import io.riffle.taskmanager.internal.network.partition.ResultSubpartitionView;
import io.riffle.taskmanager.internal.network.serialization.SpanningRecordDeserializer;
import io.riffle.taskmanager.internal.network.serialization.SpanningRecordSerializer;
import io.riffle.taskmanager.internal.network.serialization.StreamElementSerializer;
import io.riffle.taskmanager.internal.partitioner.ForwardPartitioner;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * One producer-to-consumer channel of the data plane on a single thread: a {@link RecordWriter}
 * serializes records into the network buffers of a registered {@link ResultPartition} with one
 * subpartition, and the reader takes the filled buffers from the subpartition's view and cuts
 * them back into records with a {@link SpanningRecordDeserializer}, as a task's network input does.
 *
 * <p>The partition's pool is bounded (as in a task), so the writer would block once all buffers
 * are queued: callers drain after each write ({@link #drain}), which is cheap while nothing is
 * queued (a flag set by the subpartition's listener, on this same thread).
 */
final class RecordChannel<T> implements AutoCloseable {

    static final int SEGMENT_SIZE = 32 * 1024;

    private final StreamElementSerializer<T> serializer;
    private final ResultPartitionManager partitions = new ResultPartitionManager();
    private final ResultPartitionId partitionId;
    private final RecordWriter<T> writer;
    private final ResultSubpartitionView view;
    private final SpanningRecordDeserializer deserializer;
    private boolean dataAvailable;

    RecordChannel(StreamElementSerializer<T> serializer) {
        this.serializer = serializer;
        NetworkBufferPool network = new NetworkBufferPool(64, SEGMENT_SIZE);
        this.partitionId = new ResultPartitionId(IntermediateDataSetId.generate(), 0, ExecutionAttemptId.generate());
        ResultPartition partition = new ResultPartition(partitionId, 1,
                network.createBufferPool(ResultPartition.defaultNumberOfBuffers(1), "benchmark partition"));
        partitions.registerResultPartition(partition);
        try {
            this.view = partitions.createSubpartitionView(partitionId, 0, () -> dataAvailable = true).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the subpartition view", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the subpartition view of a registered partition failed", e.getCause());
        }
        this.writer = new RecordWriter<>(partition, new ForwardPartitioner<>(), serializer);
        this.deserializer = new SpanningRecordDeserializer("benchmark channel", SpanningRecordSerializer.DEFAULT_MAX_RECORD_SIZE);
    }

    /** Serializes {@code record} into the current buffer (a full buffer goes to the subpartition). */
    void write(StreamRecord<T> record) throws IOException {
        writer.emit(record);
    }

    /** Hands the partly filled buffer to the subpartition, so {@link #drain} sees its records. */
    void flush() throws IOException {
        writer.flushAll();
    }

    /**
     * Reads every queued buffer and passes each record's value to {@code sink}, or only recycles
     * the buffers when {@code sink} is null (to measure the writing half alone).
     *
     * @return the number of buffers taken
     */
    @SuppressWarnings("unchecked")
    int drain(Consumer<? super T> sink) throws IOException {
        if (!dataAvailable) {
            return 0;
        }
        dataAvailable = false;
        int buffers = 0;
        BufferAndAvailability next;
        while ((next = view.getNextBuffer()) != null) {
            buffers++;
            if (sink == null) {
                next.buffer().recycle();
                continue;
            }
            deserializer.setNextBuffer(next.buffer());
            DataInputView record;
            while ((record = deserializer.nextRecord()) != null) {
                if (!(serializer.deserialize(record) instanceof StreamRecord<?> read)) {
                    throw new IOException("expected a record");
                }
                sink.accept((T) read.getValue());
            }
        }
        return buffers;
    }

    /** Hands every buffer back before the partition (and its pool) is released. */
    @Override
    public void close() {
        deserializer.clear();
        writer.close();
        partitions.releasePartition(partitionId, null);
    }
}
