package io.riffle.bench.jmh;

import io.riffle.api.common.typeutils.base.array.BytePrimitiveArraySerializer;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.runtime.jobgraph.IntermediateDataSetId;
import io.riffle.taskmanager.internal.network.buffer.Buffer;
import io.riffle.taskmanager.internal.network.buffer.LocalBufferPool;
import io.riffle.taskmanager.internal.network.buffer.NetworkBufferPool;
import io.riffle.taskmanager.internal.network.gate.BufferOrEvent;
import io.riffle.taskmanager.internal.network.gate.SingleInputGate;
import io.riffle.taskmanager.internal.network.netty.DataExchange;
import io.riffle.taskmanager.internal.network.netty.ExchangeSettings;
import io.riffle.taskmanager.internal.network.partition.RecordWriter;
import io.riffle.taskmanager.internal.network.partition.ResultPartition;
import io.riffle.taskmanager.internal.network.partition.ResultPartitionManager;
import io.riffle.taskmanager.internal.network.serialization.SpanningRecordSerializer;
import io.riffle.taskmanager.internal.network.serialization.StreamElementSerializer;
import io.riffle.taskmanager.internal.partitioner.ForwardPartitioner;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Two TaskManagers' network stacks in one JVM, each with its own network memory, partition manager
 * and {@link DataExchange} (data server and client) on 127.0.0.1, and a producer thread that writes
 * without end into a partition on the first; the second reads it through a remote input channel
 * with the default credit (2 exclusive buffers per channel, 8 floating per gate), so the producer
 * runs exactly as fast as credit comes back.
 *
 * <p>Each record is sized to fill exactly one network buffer, so the writer hands every buffer over
 * at once and the stream is one buffer per record; the record's first 8 bytes are its sequence
 * number, so a reader can check order and completeness.
 *
 * <p>The reader ({@link #takeBuffer()}) is the benchmark thread; it waits on a condition that the
 * gate's availability listener signals, as a task's mailbox does.
 */
final class RemoteBufferStream implements AutoCloseable {

    static final int SEGMENT_SIZE = 32 * 1024;
    /** Long enough for any machine, short enough that a lost notification fails the run instead of hanging it. */
    private static final long WAIT_SECONDS = 30;

    private final NetworkBufferPool producerMemory = new NetworkBufferPool(64, SEGMENT_SIZE);
    private final NetworkBufferPool consumerMemory = new NetworkBufferPool(64, SEGMENT_SIZE);
    private final ResultPartitionManager producerPartitions = new ResultPartitionManager();
    private final DataExchange producerSide;
    private final DataExchange consumerSide;
    private final ResultPartitionId partitionId;
    private final LocalBufferPool floatingBuffers;
    private final SingleInputGate gate;
    private final CompletableFuture<Void> producer = new CompletableFuture<>();
    private volatile boolean stopping;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signalled = lock.newCondition();
    /** Guarded by {@code lock}: the gate's listener ran since the reader last waited. */
    private boolean available;

    RemoteBufferStream() {
        ExchangeSettings settings = ExchangeSettings.defaults(SEGMENT_SIZE);
        producerSide = DataExchange.start(new ResourceId("bench-producer"), "127.0.0.1", 0, producerPartitions, settings);
        consumerSide = DataExchange.start(new ResourceId("bench-consumer"), "127.0.0.1", 0, new ResultPartitionManager(), settings);
        partitionId = new ResultPartitionId(IntermediateDataSetId.generate(), 0, ExecutionAttemptId.generate());
        ResultPartition partition = new ResultPartition(partitionId, 1,
                producerMemory.createBufferPool(ResultPartition.defaultNumberOfBuffers(1), "benchmark partition"));
        producerPartitions.registerResultPartition(partition);

        floatingBuffers = consumerMemory.createBufferPool(settings.floatingBuffersPerGate(), "benchmark gate floating buffers");
        gate = new SingleInputGate("Benchmark consumer (1/1)", 1);
        gate.setInputChannel(consumerSide.createInputChannel(gate, 0, partitionId, 0, producerSide.location(), consumerMemory,
                floatingBuffers));
        gate.setAvailabilityListener(this::onAvailable);

        StreamElementSerializer<byte[]> serializer = new StreamElementSerializer<>(BytePrimitiveArraySerializer.INSTANCE);
        RecordWriter<byte[]> writer = new RecordWriter<>(partition, new ForwardPartitioner<>(), serializer);
        byte[] payload = new byte[SEGMENT_SIZE - framingOverhead(serializer)];
        Thread producerThread = new Thread(() -> produce(writer, payload), "benchmark producer");
        producerThread.setDaemon(true);
        producerThread.start();
        gate.requestPartitions();
    }

    /** Bytes a byte-array record takes in a buffer besides its payload (frame length, tag, array length). */
    private static int framingOverhead(StreamElementSerializer<byte[]> serializer) {
        try {
            return new SpanningRecordSerializer<>(serializer, SpanningRecordSerializer.DEFAULT_MAX_RECORD_SIZE)
                    .serializeRecord(new StreamRecord<>(new byte[0]));
        } catch (IOException e) {
            throw new IllegalStateException("cannot frame an empty record", e);
        }
    }

    private void produce(RecordWriter<byte[]> writer, byte[] payload) {
        StreamRecord<byte[]> record = new StreamRecord<>(payload);
        ByteBuffer sequence = ByteBuffer.wrap(payload);
        try {
            for (long n = 0; ; n++) {
                sequence.putLong(0, n);
                writer.emit(record);
            }
        } catch (Throwable t) {
            writer.close();
            if (stopping) {
                // close() released the partition under the blocked writer: the expected end
                producer.complete(null);
            } else {
                producer.completeExceptionally(t);
                onAvailable(); // wakes the reader, which then reports the failure
            }
        }
    }

    private void onAvailable() {
        lock.lock();
        try {
            available = true;
            signalled.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The next data buffer from the remote channel, waiting until one arrives; the caller recycles
     * it, which gives the producer its credit back.
     *
     * @throws IOException if the channel failed, the producer failed, or nothing came for {@value #WAIT_SECONDS} s
     */
    Buffer takeBuffer() throws IOException, InterruptedException {
        while (true) {
            Optional<BufferOrEvent> next = gate.pollNext();
            if (next.isPresent()) {
                BufferOrEvent bufferOrEvent = next.get();
                if (!bufferOrEvent.isBuffer()) {
                    throw new IOException("the endless producer's stream ended with " + bufferOrEvent.event());
                }
                return bufferOrEvent.buffer();
            }
            awaitAvailable();
        }
    }

    private void awaitAvailable() throws IOException, InterruptedException {
        lock.lock();
        try {
            long nanos = TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (!available) {
                if (producer.isCompletedExceptionally()) {
                    throw new IOException("the producer failed", producerFailure());
                }
                if (nanos <= 0) {
                    throw new IOException("no buffer arrived within " + WAIT_SECONDS + " s: a notification or credit was lost");
                }
                nanos = signalled.awaitNanos(nanos);
            }
            available = false;
            if (producer.isCompletedExceptionally()) {
                throw new IOException("the producer failed", producerFailure());
            }
        } finally {
            lock.unlock();
        }
    }

    private Throwable producerFailure() {
        try {
            producer.getNow(null);
            return null;
        } catch (RuntimeException e) {
            return e.getCause();
        }
    }

    /** The sequence number the producer wrote into a buffer's record. */
    static long sequenceOf(Buffer buffer, int framingBytes) {
        return ByteBuffer.wrap(buffer.array()).getLong(buffer.getReaderIndex() + framingBytes);
    }

    /** Bytes before the payload in every buffer: the record's frame length, tag and array length. */
    static int framingBytes() {
        return framingOverhead(new StreamElementSerializer<>(BytePrimitiveArraySerializer.INSTANCE));
    }

    /** Stops the producer (its partition is released under it), then closes the gate and both exchanges. */
    @Override
    public void close() throws IOException, InterruptedException {
        stopping = true;
        producerPartitions.releasePartition(partitionId, new IllegalStateException("benchmark over"));
        try {
            producer.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IOException("the producer failed", e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("the producer did not stop within " + WAIT_SECONDS + " s of its partition's release", e);
        } finally {
            gate.close();
            floatingBuffers.destroy();
            consumerSide.close();
            producerSide.close();
        }
    }
}
