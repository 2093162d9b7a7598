package io.riffle.taskmanager.internal.network.netty;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.typeutils.base.LongSerializer;
import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.taskmanager.internal.network.TestingConditions;
import io.riffle.taskmanager.internal.network.TestingNetwork;
import io.riffle.taskmanager.internal.network.TestingNetworkReader;
import io.riffle.taskmanager.internal.network.gate.SingleInputGate;
import io.riffle.taskmanager.internal.network.input.StreamTaskNetworkInput;
import io.riffle.taskmanager.internal.network.partition.RecordWriter;
import io.riffle.taskmanager.internal.network.partition.ResultPartition;
import io.riffle.taskmanager.internal.network.serialization.StreamElementSerializer;
import io.riffle.taskmanager.internal.partitioner.ForwardPartitioner;
import io.riffle.taskmanager.internal.streamrecord.StreamElement;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Test;

/**
 * Two TaskManager network stacks in one JVM, each with its own memory, partition manager and data
 * server on a loopback port: tasks on B read partitions produced on A over TCP.
 */
public class RemoteExchangeTest {

    private static final int BUFFER_SIZE = 1024;
    private static final long TIMEOUT = TestingConditions.DEADLINE_MILLIS;

    private final StreamElementSerializer<Long> longs = new StreamElementSerializer<>(LongSerializer.INSTANCE);
    private final TestingExchange producerSide = new TestingExchange("producer-tm", BUFFER_SIZE, 2, 0);
    private final TestingExchange consumerSide = new TestingExchange("consumer-tm", BUFFER_SIZE, 2, 0);

    @After
    public void closeBoth() {
        consumerSide.close();
        producerSide.close();
    }

    /** Writes {@code base + 0 .. base + count - 1} on a thread of its own, then ends the partition unless told not to. */
    private CompletableFuture<Void> produce(ResultPartition partition, long base, long count, boolean finish) {
        // A serializer per writer: serializers are not shared between threads.
        RecordWriter<Long> writer = TestingNetwork.writer(partition, new ForwardPartitioner<>(),
                new StreamElementSerializer<>(LongSerializer.INSTANCE), false);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                for (long i = 0; i < count; i++) {
                    writer.emit(new StreamRecord<>(base + i));
                }
                if (finish) {
                    writer.finish();
                } else {
                    writer.flushAll();
                }
                done.complete(null);
            } catch (Throwable t) {
                writer.close();
                done.completeExceptionally(t);
            }
        }, "producer " + base);
        thread.start();
        return done;
    }

    private TestingNetworkReader<Long> reader(SingleInputGate gate) {
        StreamTaskNetworkInput<Long> input = new StreamTaskNetworkInput<>(gate, longs);
        TestingNetworkReader<Long> reader = new TestingNetworkReader<>(input);
        gate.requestPartitions();
        return reader;
    }

    @Test(timeout = TIMEOUT * 2)
    public void recordsOfEveryChannelArriveCompleteAndInOrderOverOneSharedConnection() throws Exception {
        int producers = 4;
        long records = 20_000;
        ResultPartitionId[] ids = new ResultPartitionId[producers];
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            ids[p] = TestingNetwork.newPartitionId(p);
            done.add(produce(producerSide.network.partition(ids[p], 1, 8), p * 1_000_000L, records, true));
        }
        SingleInputGate gate = consumerSide.remoteGate("Consumer (1/1)", producerSide, null, 0, ids);
        List<StreamElement> elements = reader(gate).readToEnd();
        for (CompletableFuture<Void> producer : done) {
            producer.get(TIMEOUT, TimeUnit.MILLISECONDS);
        }

        assertEquals(producers * records, elements.size());
        long[] next = new long[producers];
        for (StreamElement element : elements) {
            long value = (Long) ((StreamRecord<?>) element).getValue();
            int producer = (int) (value / 1_000_000);
            assertEquals("records of producer " + producer + " in order", producer * 1_000_000L + next[producer], value);
            next[producer]++;
        }
        assertEquals("one connection for all channels", 1, producerSide.exchange.serverCounters().connectionsAccepted());
        assertEquals(1, consumerSide.exchange.numberOfClientConnections());
        TestingConditions.waitUntil("every partition is released once fully read",
                () -> Arrays.stream(ids).noneMatch(producerSide.network.partitionManager::isRegistered));

        gate.close();
        for (int i = 0; i < producers; i++) {
            assertEquals("exclusive buffers are back", 0, consumerSide.channel(gate, i).getNumberOfExclusiveBuffersHeld());
        }
        assertEquals("every exclusive buffer's reservation ended once", consumerSide.network.bufferPool.getTotalNumberOfSegments(),
                consumerSide.network.bufferPool.getNumberOfUnreservedSegments());
    }

    @Test(timeout = TIMEOUT * 2)
    public void aRequestForAPartitionNotYetRegisteredIsServedWhenItRegisters() throws Exception {
        ResultPartitionId id = TestingNetwork.newPartitionId(0);
        SingleInputGate gate = consumerSide.remoteGate("Early consumer (1/1)", producerSide, null, 0, id);
        TestingNetworkReader<Long> reader = reader(gate);
        TestingConditions.waitUntil("the request waits on the producer side",
                () -> producerSide.network.partitionManager.getNumberOfPendingViewRequests() == 1);

        CompletableFuture<Void> producer = produce(producerSide.network.partition(id, 1, 4), 0, 1_000, true);
        List<StreamElement> elements = reader.readToEnd();
        producer.get(TIMEOUT, TimeUnit.MILLISECONDS);
        assertEquals(1_000, elements.size());
        assertEquals(999L, ((StreamRecord<?>) elements.get(999)).getValue());
        gate.close();
    }

    @Test(timeout = TIMEOUT * 2)
    public void aProducerFailureReachesTheConsumerAsAnIOExceptionNamingTheChannel() throws Exception {
        ResultPartitionId id = TestingNetwork.newPartitionId(0);
        ResultPartition partition = producerSide.network.partition(id, 1, 4);
        produce(partition, 0, 10, false).get(TIMEOUT, TimeUnit.MILLISECONDS);
        SingleInputGate gate = consumerSide.remoteGate("Consumer (1/1)", producerSide, null, 0, id);
        TestingNetworkReader<Long> reader = reader(gate);
        TestingConditions.waitUntil("the first records arrived", () -> {
            try {
                reader.readAvailable();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            return reader.elements().size() == 10;
        });

        producerSide.network.partitionManager.releasePartition(id, new RuntimeException("the producing task failed"));
        IOException failure = assertThrows(IOException.class, reader::readToEnd);
        assertTrue(failure.getMessage(), failure.getMessage().startsWith("remote channel 0 (subpartition 0 of result partition"));
        assertTrue(failure.getMessage(), failure.getMessage().contains("the producing task failed"));
        gate.close();
    }

    @Test(timeout = TIMEOUT * 2)
    public void aPartitionReleasedBeforeItRegisteredGivesAnErrorResponse() throws Exception {
        ResultPartitionId id = TestingNetwork.newPartitionId(0);
        SingleInputGate gate = consumerSide.remoteGate("Consumer (1/1)", producerSide, null, 0, id);
        TestingNetworkReader<Long> reader = reader(gate);
        TestingConditions.waitUntil("the request waits on the producer side",
                () -> producerSide.network.partitionManager.getNumberOfPendingViewRequests() == 1);

        producerSide.network.partitionManager.releasePartition(id, new RuntimeException("producer cancelled"));
        IOException failure = assertThrows(IOException.class, reader::readToEnd);
        assertTrue(failure.getMessage(), failure.getMessage().contains("was released before it was registered"));
        gate.close();
    }

    @Test(timeout = TIMEOUT * 2)
    public void closingTheProducersServerFailsTheConsumersChannelsInsteadOfLeavingThemWaiting() throws Exception {
        ResultPartitionId first = TestingNetwork.newPartitionId(0);
        ResultPartitionId second = TestingNetwork.newPartitionId(1);
        produce(producerSide.network.partition(first, 1, 4), 0, 5, false).get(TIMEOUT, TimeUnit.MILLISECONDS);
        producerSide.network.partition(second, 1, 4);
        SingleInputGate gate = consumerSide.remoteGate("Consumer (1/1)", producerSide, null, 0, first, second);
        TestingNetworkReader<Long> reader = reader(gate);
        TestingConditions.waitUntil("both channels are connected", () -> producerSide.exchange.serverCounters().creditGranted() == 4);

        producerSide.exchange.close();
        IOException failure = assertThrows(IOException.class, reader::readToEnd);
        assertTrue(failure.getMessage(), failure.getMessage().contains("lost the data connection to the TaskManager at"));
        gate.close();
    }
}
