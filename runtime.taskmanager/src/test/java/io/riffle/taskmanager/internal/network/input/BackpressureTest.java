package io.riffle.taskmanager.internal.network.input;

import static io.riffle.taskmanager.internal.network.TestingConditions.isParked;
import static io.riffle.taskmanager.internal.network.TestingConditions.waitUntil;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.typeutils.base.LongSerializer;
import io.riffle.core.io.InputStatus;
import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.taskmanager.internal.network.TestingConditions;
import io.riffle.taskmanager.internal.network.TestingNetwork;
import io.riffle.taskmanager.internal.network.TestingNetworkReader;
import io.riffle.taskmanager.internal.network.buffer.BufferPoolDestroyedException;
import io.riffle.taskmanager.internal.network.buffer.LocalBufferPool;
import io.riffle.taskmanager.internal.network.partition.RecordWriter;
import io.riffle.taskmanager.internal.network.partition.ResultPartition;
import io.riffle.taskmanager.internal.network.serialization.StreamElementSerializer;
import io.riffle.taskmanager.internal.partitioner.ForwardPartitioner;
import io.riffle.taskmanager.internal.streamrecord.StreamElement;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.Test;

/** A producer faster than its consumer is held back by its bounded buffer pool, not by a growing queue. */
public class BackpressureTest {

    private static final int POOL_SIZE = 4;
    private static final int RECORDS = 10_000;

    private final StreamElementSerializer<Long> longs = new StreamElementSerializer<>(LongSerializer.INSTANCE);
    private final TestingNetwork network = new TestingNetwork(64);
    private final ResultPartitionId id = TestingNetwork.newPartitionId(0);
    private final ResultPartition partition = network.partition(id, 1, POOL_SIZE);
    private final LocalBufferPool pool = partition.getBufferPool();
    private final AtomicLong written = new AtomicLong();
    private Thread producerThread;

    private CompletableFuture<Void> startProducer() {
        RecordWriter<Long> writer = TestingNetwork.writer(partition, new ForwardPartitioner<>(), longs, false);
        CompletableFuture<Void> done = new CompletableFuture<>();
        producerThread = new Thread(() -> {
            try {
                for (long i = 0; i < RECORDS; i++) {
                    writer.emit(new StreamRecord<>(i));
                    written.incrementAndGet();
                }
                writer.finish();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        }, "producer");
        producerThread.start();
        return done;
    }

    private void awaitProducerBlocked() {
        waitUntil("the producer waits for a buffer", pool::hasWaitingRequester);
        waitUntil("the producer thread is parked", () -> isParked(producerThread));
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 3)
    public void aProducerBlocksWhileItsConsumerDoesNotReadAndResumesWhenItReads() throws Exception {
        StreamTaskNetworkInput<Long> input = new StreamTaskNetworkInput<>(network.gate("Slow (1/1)", 0, id), longs);
        TestingNetworkReader<Long> reader = new TestingNetworkReader<>(input);
        input.getGate().requestPartitions();
        CompletableFuture<Void> producer = startProducer();

        awaitProducerBlocked();
        long writtenWhileBlocked = written.get();
        assertFalse(producer.isDone());
        assertEquals("every buffer is in flight", POOL_SIZE, pool.getNumberOfBuffersInUse());
        assertTrue("at most the pool is queued", partition.getNumberOfQueuedBuffers(0) <= POOL_SIZE);
        // 64-byte buffers hold about 5 records of 13 bytes: the producer got no further than its pool allows.
        assertTrue("written while blocked: " + writtenWhileBlocked, writtenWhileBlocked <= POOL_SIZE * 64 / 13);
        assertEquals(writtenWhileBlocked, written.get());

        int maxInFlight = 0;
        InputStatus status;
        do {
            status = input.emitNext(reader);
            maxInFlight = Math.max(maxInFlight, pool.getNumberOfBuffersInUse());
            if (status == InputStatus.NOTHING_AVAILABLE) {
                reader.awaitAvailable();
            }
        } while (status != InputStatus.END_OF_INPUT);
        producer.get(30, TimeUnit.SECONDS);

        List<StreamElement> elements = reader.elements();
        assertEquals(RECORDS, elements.size());
        for (int i = 0; i < RECORDS; i++) {
            assertEquals((long) i, ((StreamRecord<?>) elements.get(i)).getValue());
        }
        assertTrue("in flight never exceeded the pool: " + maxInFlight, maxInFlight <= POOL_SIZE);
        assertEquals(0, pool.getNumberOfBuffersInUse());
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 3)
    public void releasingThePartitionWakesABlockedProducerWithAnException() throws Exception {
        CompletableFuture<Void> producer = startProducer();
        awaitProducerBlocked();

        RuntimeException cause = new RuntimeException("job cancelled");
        network.partitionManager.releasePartition(id, cause);
        ExecutionException e = assertThrows(ExecutionException.class, () -> producer.get(30, TimeUnit.SECONDS));
        assertTrue(e.getCause().toString(), e.getCause() instanceof BufferPoolDestroyedException);
        assertTrue(partition.isReleased());
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 3)
    public void interruptingABlockedProducerFailsItWithInterruptedIOException() throws Exception {
        CompletableFuture<Void> producer = startProducer();
        awaitProducerBlocked();

        producerThread.interrupt();
        ExecutionException e = assertThrows(ExecutionException.class, () -> producer.get(30, TimeUnit.SECONDS));
        assertTrue(e.getCause().toString(), e.getCause() instanceof InterruptedIOException);
        assertTrue(e.getCause().getMessage(), e.getCause().getMessage().contains("result partition"));
    }
}
