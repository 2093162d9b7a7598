package io.riffle.taskmanager.internal.network.input;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.typeutils.base.LongSerializer;
import io.riffle.core.io.InputStatus;
import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.runtime.state.KeyGroupRangeAssignment;
import io.riffle.taskmanager.internal.network.TestingByteArraySerializer;
import io.riffle.taskmanager.internal.network.TestingConditions;
import io.riffle.taskmanager.internal.network.TestingNetwork;
import io.riffle.taskmanager.internal.network.TestingNetworkReader;
import io.riffle.taskmanager.internal.network.partition.RecordWriter;
import io.riffle.taskmanager.internal.network.partition.ResultPartition;
import io.riffle.taskmanager.internal.network.serialization.StreamElementSerializer;
import io.riffle.taskmanager.internal.partitioner.ForwardPartitioner;
import io.riffle.taskmanager.internal.partitioner.KeyGroupStreamPartitioner;
import io.riffle.taskmanager.internal.partitioner.RebalancePartitioner;
import io.riffle.taskmanager.internal.streamrecord.StreamElement;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

public class StreamTaskNetworkInputTest {

    private final StreamElementSerializer<Long> longs = new StreamElementSerializer<>(LongSerializer.INSTANCE);

    /** Runs {@code body} on a new thread; the future fails with whatever it throws. */
    private static <T> CompletableFuture<T> onThread(String name, ThrowingSupplier<T> body) {
        CompletableFuture<T> result = new CompletableFuture<>();
        new Thread(() -> {
            try {
                result.complete(body.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, name).start();
        return result;
    }

    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 3)
    public void severalProducersReachSeveralConsumersWithOrderPerChannelKept() throws Exception {
        int producers = 3;
        int consumers = 2;
        int recordsPerProducer = 50_000;
        TestingNetwork network = new TestingNetwork(1024);
        ResultPartitionId[] ids = new ResultPartitionId[producers];
        List<ResultPartition> partitions = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            ids[p] = TestingNetwork.newPartitionId(p);
        }

        // Consumers start first: their channels wait for producers that are not registered yet.
        List<CompletableFuture<List<StreamElement>>> consumed = new ArrayList<>();
        for (int c = 0; c < consumers; c++) {
            StreamTaskNetworkInput<Long> input = new StreamTaskNetworkInput<>(network.gate("Sink (" + (c + 1) + "/2)", c, ids), longs);
            TestingNetworkReader<Long> reader = new TestingNetworkReader<>(input);
            input.getGate().requestPartitions();
            consumed.add(onThread("consumer-" + c, reader::readToEnd));
        }
        List<CompletableFuture<Void>> produced = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            ResultPartition partition = network.partition(ids[p], consumers, 2 * consumers + 8);
            partitions.add(partition);
            long base = p * 1_000_000_000L;
            RecordWriter<Long> writer = TestingNetwork.writer(partition, new RebalancePartitioner<>(), longs, false);
            produced.add(onThread("producer-" + p, () -> {
                for (long i = 0; i < recordsPerProducer; i++) {
                    writer.emit(i % 2 == 0 ? new StreamRecord<>(base + i, i) : new StreamRecord<>(base + i));
                    if (i == recordsPerProducer / 2) {
                        writer.broadcastEmit(new Watermark(base));
                    }
                    if (i % 1000 == 0) {
                        writer.flushAll();
                    }
                }
                writer.finish();
                return null;
            }));
        }

        for (CompletableFuture<Void> producer : produced) {
            producer.get(60, TimeUnit.SECONDS);
        }
        long[] countPerProducer = new long[producers];
        for (List<StreamElement> elements : consumersResults(consumed)) {
            long[] lastSeen = {-1, -1, -1};
            int watermarks = 0;
            for (StreamElement element : elements) {
                if (element instanceof Watermark) {
                    watermarks++;
                    continue;
                }
                StreamRecord<?> record = (StreamRecord<?>) element;
                long value = (Long) record.getValue();
                int producer = (int) (value / 1_000_000_000L);
                long sequence = value % 1_000_000_000L;
                assertTrue("order of producer " + producer + " kept: " + sequence + " after " + lastSeen[producer],
                        sequence > lastSeen[producer]);
                lastSeen[producer] = sequence;
                assertEquals(sequence % 2 == 0, record.hasTimestamp());
                if (record.hasTimestamp()) {
                    assertEquals(sequence, record.getTimestamp());
                }
                countPerProducer[producer]++;
            }
            assertEquals("one aligned watermark, once every producer sent its own", 1, watermarks);
        }
        for (int p = 0; p < producers; p++) {
            assertEquals(recordsPerProducer, countPerProducer[p]);
            assertEquals("all buffers came back", 0, partitions.get(p).getBufferPool().getNumberOfBuffersInUse());
            assertTrue("fully read partitions are released", partitions.get(p).isReleased());
        }
    }

    private static List<List<StreamElement>> consumersResults(List<CompletableFuture<List<StreamElement>>> consumed) throws Exception {
        List<List<StreamElement>> results = new ArrayList<>();
        for (CompletableFuture<List<StreamElement>> consumer : consumed) {
            results.add(consumer.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 3)
    public void keyedRecordsReachTheConsumerOwningTheirKeyGroup() throws Exception {
        // 32 KiB buffers hold all 13 KB, so the writer never waits for these readers.
        TestingNetwork network = new TestingNetwork(32 * 1024);
        ResultPartitionId id = TestingNetwork.newPartitionId(0);
        ResultPartition partition = network.partition(id, 3, 14);
        RecordWriter<Long> writer = TestingNetwork.writer(partition, new KeyGroupStreamPartitioner<Long, Long>(v -> v % 10, 128), longs, false);
        for (long i = 0; i < 1000; i++) {
            writer.emit(new StreamRecord<>(i));
        }
        writer.finish();

        for (int consumer = 0; consumer < 3; consumer++) {
            StreamTaskNetworkInput<Long> input = new StreamTaskNetworkInput<>(network.gate("Keyed (" + consumer + ")", consumer, id), longs);
            TestingNetworkReader<Long> reader = new TestingNetworkReader<>(input);
            input.getGate().requestPartitions();
            for (StreamElement element : reader.readToEnd()) {
                long key = (Long) ((StreamRecord<?>) element).getValue() % 10;
                assertEquals(KeyGroupRangeAssignment.assignKeyToParallelOperator(key, 128, 3), consumer);
            }
        }
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 3)
    public void aFlushMakesAPartlyFilledBufferVisibleToTheConsumer() throws Exception {
        TestingNetwork network = new TestingNetwork(1024);
        ResultPartitionId id = TestingNetwork.newPartitionId(0);
        RecordWriter<Long> writer = TestingNetwork.writer(network.partition(id, 1, 4), new ForwardPartitioner<>(), longs, false);
        StreamTaskNetworkInput<Long> input = new StreamTaskNetworkInput<>(network.gate("Map (1/1)", 0, id), longs);
        TestingNetworkReader<Long> reader = new TestingNetworkReader<>(input);
        input.getGate().requestPartitions();

        writer.emit(new StreamRecord<>(42L));
        assertEquals(InputStatus.NOTHING_AVAILABLE, reader.readAvailable());
        assertTrue(reader.elements().isEmpty());

        writer.flushAll();
        assertEquals(InputStatus.NOTHING_AVAILABLE, reader.readAvailable());
        assertEquals(List.of("Record(42)"), reader.elements().stream().map(Object::toString).toList());
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 3)
    public void theInputEndsOnlyAfterEveryChannelEnded() throws Exception {
        TestingNetwork network = new TestingNetwork(1024);
        ResultPartitionId first = TestingNetwork.newPartitionId(0);
        ResultPartitionId second = TestingNetwork.newPartitionId(1);
        RecordWriter<Long> firstWriter = TestingNetwork.writer(network.partition(first, 1, 4), new ForwardPartitioner<>(), longs, false);
        RecordWriter<Long> secondWriter = TestingNetwork.writer(network.partition(second, 1, 4), new ForwardPartitioner<>(), longs, false);
        StreamTaskNetworkInput<Long> input = new StreamTaskNetworkInput<>(network.gate("Map (1/1)", 0, first, second), longs);
        TestingNetworkReader<Long> reader = new TestingNetworkReader<>(input);
        input.getGate().requestPartitions();

        firstWriter.emit(new StreamRecord<>(1L));
        firstWriter.finish();
        assertEquals(InputStatus.NOTHING_AVAILABLE, reader.readAvailable());
        assertEquals(1, reader.elements().size());

        secondWriter.emit(new StreamRecord<>(2L));
        secondWriter.finish();
        assertEquals(InputStatus.END_OF_INPUT, reader.readAvailable());
        assertEquals(2, reader.elements().size());
        assertEquals(InputStatus.END_OF_INPUT, input.emitNext(reader));
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 3)
    public void theInputWatermarkIsTheSmallestOverActiveChannels() throws Exception {
        TestingNetwork network = new TestingNetwork(1024);
        ResultPartitionId first = TestingNetwork.newPartitionId(0);
        ResultPartitionId second = TestingNetwork.newPartitionId(1);
        RecordWriter<Long> firstWriter = TestingNetwork.writer(network.partition(first, 1, 4), new ForwardPartitioner<>(), longs, true);
        RecordWriter<Long> secondWriter = TestingNetwork.writer(network.partition(second, 1, 4), new ForwardPartitioner<>(), longs, true);
        StreamTaskNetworkInput<Long> input = new StreamTaskNetworkInput<>(network.gate("Map (1/1)", 0, first, second), longs);
        TestingNetworkReader<Long> reader = new TestingNetworkReader<>(input);
        input.getGate().requestPartitions();
        assertEquals(InputStatus.NOTHING_AVAILABLE, reader.readAvailable());

        firstWriter.broadcastEmit(new Watermark(10));
        assertEquals(InputStatus.NOTHING_AVAILABLE, reader.readAvailable());
        secondWriter.broadcastEmit(new Watermark(5));
        assertEquals(InputStatus.NOTHING_AVAILABLE, reader.readAvailable());
        secondWriter.broadcastEmit(WatermarkStatus.IDLE);
        assertEquals(InputStatus.NOTHING_AVAILABLE, reader.readAvailable());
        secondWriter.broadcastEmit(new Watermark(20));
        assertEquals(InputStatus.NOTHING_AVAILABLE, reader.readAvailable());
        assertEquals("the second channel going idle releases the first channel's 10; an idle channel's 20 is ignored",
                List.of(new Watermark(5), new Watermark(10)), reader.elements());
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 3)
    public void recordsLargerThanABufferArriveIntact() throws Exception {
        StreamElementSerializer<byte[]> bytes = new StreamElementSerializer<>(new TestingByteArraySerializer());
        TestingNetwork network = new TestingNetwork(1024);
        ResultPartitionId id = TestingNetwork.newPartitionId(0);
        ResultPartition partition = network.partition(id, 1, 3);
        RecordWriter<byte[]> writer = TestingNetwork.writer(partition, new ForwardPartitioner<>(), bytes, false);
        StreamTaskNetworkInput<byte[]> input = new StreamTaskNetworkInput<>(network.gate("Map (1/1)", 0, id), bytes);
        TestingNetworkReader<byte[]> reader = new TestingNetworkReader<>(input);
        input.getGate().requestPartitions();

        int[] sizes = {10, 200_000, 1, 1020, 1021, 5000};
        // A pool of 3 buffers cannot hold a 200 KB record: the consumer must read while the producer writes.
        CompletableFuture<Void> producer = onThread("producer", () -> {
            for (int i = 0; i < sizes.length; i++) {
                writer.emit(new StreamRecord<>(TestingByteArraySerializer.pattern(sizes[i], i)));
            }
            writer.finish();
            return null;
        });
        List<StreamElement> elements = reader.readToEnd();
        producer.get(60, TimeUnit.SECONDS);
        assertEquals(sizes.length, elements.size());
        for (int i = 0; i < sizes.length; i++) {
            assertArrayEquals(TestingByteArraySerializer.pattern(sizes[i], i), (byte[]) ((StreamRecord<?>) elements.get(i)).getValue());
        }
        assertEquals(0, partition.getBufferPool().getNumberOfBuffersInUse());
    }
}
