package io.riffle.taskmanager.internal.network.netty;

import static io.riffle.taskmanager.internal.network.TestingConditions.isParked;
import static io.riffle.taskmanager.internal.network.TestingConditions.waitUntil;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.typeutils.base.LongSerializer;
import io.riffle.core.io.InputStatus;
import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.taskmanager.internal.network.TestingConditions;
import io.riffle.taskmanager.internal.network.TestingNetwork;
import io.riffle.taskmanager.internal.network.TestingNetworkReader;
import io.riffle.taskmanager.internal.network.buffer.LocalBufferPool;
import io.riffle.taskmanager.internal.network.gate.SingleInputGate;
import io.riffle.taskmanager.internal.network.input.StreamTaskNetworkInput;
import io.riffle.taskmanager.internal.network.partition.RecordWriter;
import io.riffle.taskmanager.internal.network.partition.ResultPartition;
import io.riffle.taskmanager.internal.network.serialization.StreamElementSerializer;
import io.riffle.taskmanager.internal.partitioner.ForwardPartitioner;
import io.riffle.taskmanager.internal.streamrecord.StreamElement;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.After;
import org.junit.Test;

/**
 * A sender never sends without credit: a consumer that stops reading holds back its remote
 * producer through credit alone, with nothing piling up on either side, and after it resumes every
 * record arrives exactly once.
 */
public class CreditBasedFlowControlTest {

    private static final int BUFFER_SIZE = 1024;
    private static final int EXCLUSIVE = 2;
    private static final int FLOATING = 3;
    private static final int PRODUCER_POOL = 6;
    private static final long RECORDS = 50_000;
    private static final long TIMEOUT = TestingConditions.DEADLINE_MILLIS;

    private final TestingExchange producerSide = new TestingExchange("producer-tm", BUFFER_SIZE, EXCLUSIVE, FLOATING);
    private final TestingExchange consumerSide = new TestingExchange("consumer-tm", BUFFER_SIZE, EXCLUSIVE, FLOATING);
    private final StreamElementSerializer<Long> longs = new StreamElementSerializer<>(LongSerializer.INSTANCE);

    @After
    public void closeBoth() {
        consumerSide.close();
        producerSide.close();
    }

    /** Checks the credit invariants at one moment, on both ends. */
    private static void assertWithinCredit(RemoteInputChannel channel, ServerCounters server) {
        // sent first: both only grow, so the credit read after it is at least the credit those sends had
        long sent = server.buffersSent();
        long granted = server.creditGranted();
        assertTrue("sent " + sent + " buffers on " + granted + " credit", sent <= granted);
        long received = channel.getNumberOfBuffersReceived();
        long announced = channel.getCreditAnnounced();
        assertTrue("received " + received + " buffers on " + announced + " credit", received <= announced);
        int queued = channel.getNumberOfQueuedBuffers();
        assertTrue("queued " + queued + " > exclusive + floating buffers", queued <= EXCLUSIVE + FLOATING);
    }

    @Test(timeout = TIMEOUT * 3)
    public void aConsumerThatStopsReadingBlocksItsRemoteProducerAndGetsEverythingOnceItResumes() throws Exception {
        ResultPartitionId id = TestingNetwork.newPartitionId(0);
        ResultPartition partition = producerSide.network.partition(id, 1, PRODUCER_POOL);
        LocalBufferPool producerPool = partition.getBufferPool();
        LocalBufferPool floating = consumerSide.network.bufferPool.createBufferPool(FLOATING, "consumer floating");
        SingleInputGate gate = consumerSide.remoteGate("Slow consumer (1/1)", producerSide, floating, 0, id);
        StreamTaskNetworkInput<Long> input = new StreamTaskNetworkInput<>(gate, longs);
        TestingNetworkReader<Long> reader = new TestingNetworkReader<>(input);
        gate.requestPartitions();
        RemoteInputChannel channel = consumerSide.channel(gate, 0);
        ServerCounters server = producerSide.exchange.serverCounters();

        AtomicLong written = new AtomicLong();
        RecordWriter<Long> writer = TestingNetwork.writer(partition, new ForwardPartitioner<>(),
                new StreamElementSerializer<>(LongSerializer.INSTANCE), false);
        CompletableFuture<Void> produced = new CompletableFuture<>();
        Thread producer = new Thread(() -> {
            try {
                for (long i = 0; i < RECORDS; i++) {
                    writer.emit(new StreamRecord<>(i));
                    written.incrementAndGet();
                }
                writer.finish();
                produced.complete(null);
            } catch (Throwable t) {
                produced.completeExceptionally(t);
            }
        }, "remote producer");
        producer.start();

        // The consumer reads nothing: the producer fills the credit, then its own pool, then waits.
        waitUntil("the producer waits for a buffer", producerPool::hasWaitingRequester);
        waitUntil("the producer thread is parked", () -> isParked(producer));
        waitUntil("the consumer got what its credit allows", () -> channel.getNumberOfBuffersReceived() >= EXCLUSIVE);
        assertWithinCredit(channel, server);
        assertFalse(produced.isDone());
        long writtenWhileBlocked = written.get();
        // Credit (exclusive + floating) and the producer's pool bound what was written: about 78 records per 1 KiB buffer.
        assertTrue("written while blocked: " + writtenWhileBlocked,
                writtenWhileBlocked <= (long) (EXCLUSIVE + FLOATING + PRODUCER_POOL) * BUFFER_SIZE / 13);

        InputStatus status;
        long checks = 0;
        do {
            status = input.emitNext(reader);
            if (++checks % 97 == 0) {
                assertWithinCredit(channel, server);
            }
            if (status == InputStatus.NOTHING_AVAILABLE) {
                reader.awaitAvailable();
            }
        } while (status != InputStatus.END_OF_INPUT);
        produced.get(TIMEOUT, TimeUnit.MILLISECONDS);

        List<StreamElement> elements = reader.elements();
        assertEquals(RECORDS, elements.size());
        for (int i = 0; i < RECORDS; i++) {
            assertEquals("exactly once, in order", (long) i, ((StreamRecord<?>) elements.get(i)).getValue());
        }
        assertWithinCredit(channel, server);
        gate.close();
        floating.destroy();
    }

    @Test(timeout = TIMEOUT * 2)
    public void theServerSendsOneBufferPerCreditAndNothingWithout() throws Exception {
        // Two partitions whose data is all queued before any request: a sender ignoring credit would send all of it at once.
        ResultPartitionId many = TestingNetwork.newPartitionId(0);
        ResultPartitionId other = TestingNetwork.newPartitionId(1);
        for (ResultPartitionId id : new ResultPartitionId[] {many, other}) {
            RecordWriter<Long> writer = TestingNetwork.writer(producerSide.network.partition(id, 1, 64), new ForwardPartitioner<>(),
                    longs, false);
            for (long i = 0; i < 2_000; i++) {
                writer.emit(new StreamRecord<>(i)); // 26 KB: about 26 buffers, all fit the pool
            }
            writer.finish();
        }
        InputChannelId first = InputChannelId.generate();
        InputChannelId second = InputChannelId.generate();
        try (RawDataConnection connection = new RawDataConnection(
                new InetSocketAddress(producerSide.exchange.location().host(), producerSide.exchange.location().dataPort()))) {
            connection.send(new PartitionRequest(many, 0, first, 1));
            connection.send(new PartitionRequest(other, 0, second, 1));

            // Served in order: one buffer of the first request, then one of the second; nothing more of the first.
            BufferResponse a = (BufferResponse) connection.read();
            BufferResponse b = (BufferResponse) connection.read();
            assertEquals(first, a.receiverId());
            assertEquals(0, a.sequenceNumber());
            assertTrue("backlog of the first: " + a.backlog(), a.backlog() > 10);
            assertEquals("a credit-ignoring sender sends the first request's next buffer here", second, b.receiverId());
            a.data().release();
            b.data().release();

            connection.send(new AddCredit(first, 2));
            for (int sequence = 1; sequence <= 2; sequence++) {
                BufferResponse next = (BufferResponse) connection.read();
                assertEquals(first, next.receiverId());
                assertEquals(sequence, next.sequenceNumber());
                next.data().release();
            }
            connection.send(new CancelPartitionRequest(second));
            connection.send(new AddCredit(first, 1));
            BufferResponse last = (BufferResponse) connection.read();
            assertEquals("the cancelled request sent nothing more", first, last.receiverId());
            assertEquals(3, last.sequenceNumber());
            last.data().release();
            assertEquals(5, producerSide.exchange.serverCounters().creditGranted());
            assertEquals(5, producerSide.exchange.serverCounters().buffersSent());
        }
    }
}
