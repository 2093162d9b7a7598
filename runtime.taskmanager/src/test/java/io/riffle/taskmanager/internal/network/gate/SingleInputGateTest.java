package io.riffle.taskmanager.internal.network.gate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.typeutils.base.LongSerializer;
import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.taskmanager.internal.network.TestingNetwork;
import io.riffle.taskmanager.internal.network.buffer.Buffer;
import io.riffle.taskmanager.internal.network.event.EndOfPartitionEvent;
import io.riffle.taskmanager.internal.network.partition.RecordWriter;
import io.riffle.taskmanager.internal.network.partition.ResultPartition;
import io.riffle.taskmanager.internal.network.serialization.StreamElementSerializer;
import io.riffle.taskmanager.internal.partitioner.ForwardPartitioner;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

public class SingleInputGateTest {

    private final TestingNetwork network = new TestingNetwork(64);
    private final StreamElementSerializer<Long> longs = new StreamElementSerializer<>(LongSerializer.INSTANCE);
    private final AtomicInteger notifications = new AtomicInteger();

    private final List<ResultPartitionId> ids = new ArrayList<>();
    private final List<ResultPartition> partitions = new ArrayList<>();
    private final List<RecordWriter<Long>> writers = new ArrayList<>();

    /** {@code n} producers with one subpartition each, flushing after every record. */
    private void producers(int n) {
        for (int i = 0; i < n; i++) {
            ResultPartitionId id = TestingNetwork.newPartitionId(i);
            ids.add(id);
            ResultPartition partition = network.partition(id, 1, 8);
            partitions.add(partition);
            writers.add(TestingNetwork.writer(partition, new ForwardPartitioner<>(), longs, true));
        }
    }

    private SingleInputGate startedGate() {
        SingleInputGate gate = network.gate("Consumer (1/1)", 0, ids.toArray(ResultPartitionId[]::new));
        gate.setAvailabilityListener(notifications::incrementAndGet);
        gate.requestPartitions();
        return gate;
    }

    private static int channelOfNext(SingleInputGate gate) throws IOException {
        BufferOrEvent next = gate.pollNext().orElseThrow();
        if (next.isBuffer()) {
            next.buffer().recycle();
        }
        return next.channelIndex();
    }

    @Test
    public void busyChannelsAreServedRoundRobin() throws Exception {
        producers(3);
        for (RecordWriter<Long> writer : writers) {
            for (long i = 0; i < 3; i++) {
                writer.emit(new StreamRecord<>(i));
            }
        }
        SingleInputGate gate = startedGate();

        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            order.add(channelOfNext(gate));
        }
        assertEquals(List.of(0, 1, 2, 0, 1, 2, 0, 1, 2), order);
        assertTrue(gate.pollNext().isEmpty());
    }

    @Test
    public void theListenerRunsWhenTheGateGoesFromNothingToSomethingAvailable() throws Exception {
        producers(2);
        SingleInputGate gate = startedGate();
        while (gate.pollNext().isPresent()) {
            // drains the spurious wake-ups of channels that just got their views
        }
        int before = notifications.get();

        writers.get(0).emit(new StreamRecord<>(1L));
        assertEquals(before + 1, notifications.get());
        writers.get(1).emit(new StreamRecord<>(2L));
        writers.get(0).emit(new StreamRecord<>(3L));
        assertEquals("already available: no second call", before + 1, notifications.get());

        assertEquals(0, channelOfNext(gate));
        assertEquals(1, channelOfNext(gate));
        assertEquals(0, channelOfNext(gate));
        assertTrue(gate.pollNext().isEmpty());
        writers.get(1).emit(new StreamRecord<>(4L));
        assertEquals(before + 2, notifications.get());
    }

    @Test
    public void dataArrivingWhileItsChannelIsPolledIsNotLost() throws Exception {
        SingleInputGate gate = new SingleInputGate("Consumer (1/1)", 1);
        TestingInputChannel channel = new TestingInputChannel(gate, 0);
        gate.setInputChannel(channel);
        gate.setAvailabilityListener(notifications::incrementAndGet);
        gate.requestPartitions();
        channel.add(dataBuffer());
        assertEquals(1, notifications.get());

        // The producer adds right after the channel reported "nothing more": its notification
        // arrives while the gate is still inside this poll.
        channel.duringNextPoll(() -> channel.add(dataBuffer()));
        assertTrue(gate.pollNext().isPresent());
        assertEquals("the task is told about the second buffer", 2, notifications.get());
        assertTrue("the second buffer is found", gate.pollNext().isPresent());
        assertTrue(gate.pollNext().isEmpty());
    }

    private static Buffer dataBuffer() {
        Buffer buffer = new Buffer(new byte[8], b -> {});
        buffer.setWriterIndex(8);
        return buffer;
    }

    @Test
    public void aListenerSetWhileDataIsAvailableRunsAtOnce() throws Exception {
        producers(1);
        writers.get(0).emit(new StreamRecord<>(1L));
        SingleInputGate gate = network.gate("Consumer (1/1)", 0, ids.get(0));
        gate.requestPartitions();
        gate.setAvailabilityListener(notifications::incrementAndGet);
        assertEquals(1, notifications.get());
    }

    @Test
    public void aConsumerStartedBeforeItsProducerReadsOnceTheProducerRegisters() throws Exception {
        ResultPartitionId id = TestingNetwork.newPartitionId(0);
        SingleInputGate gate = network.gate("Consumer (1/1)", 0, id);
        gate.setAvailabilityListener(notifications::incrementAndGet);
        gate.requestPartitions();
        assertTrue(gate.pollNext().isEmpty());

        ResultPartition partition = network.partition(id, 1, 4);
        TestingNetwork.writer(partition, new ForwardPartitioner<>(), longs, true).emit(new StreamRecord<>(1L));
        assertTrue(notifications.get() >= 1);
        assertTrue(gate.pollNext().orElseThrow().isBuffer());
    }

    @Test
    public void theGateIsFinishedOnlyAfterEveryChannelEnded() throws Exception {
        producers(2);
        SingleInputGate gate = startedGate();
        writers.get(1).finish();

        Optional<BufferOrEvent> end = gate.pollNext();
        assertSame(EndOfPartitionEvent.INSTANCE, end.orElseThrow().event());
        assertEquals(1, end.get().channelIndex());
        assertFalse(gate.isFinished());
        assertTrue(gate.pollNext().isEmpty());

        writers.get(0).finish();
        assertSame(EndOfPartitionEvent.INSTANCE, gate.pollNext().orElseThrow().event());
        assertTrue(gate.isFinished());
        assertTrue(gate.pollNext().isEmpty());
        assertFalse("fully read partitions are released", network.partitionManager.isRegistered(ids.get(0)));
    }

    @Test
    public void aFailedProducerSurfacesAsAnIOExceptionNamingTheChannel() throws Exception {
        producers(2);
        SingleInputGate gate = startedGate();
        while (gate.pollNext().isPresent()) {
            // drains the initial wake-ups
        }
        network.partitionManager.releasePartition(ids.get(1), new RuntimeException("disk on fire"));

        IOException e = assertThrows(IOException.class, gate::pollNext);
        assertTrue(e.getMessage(), e.getMessage().contains("channel 1") && e.getMessage().contains("Consumer (1/1)"));
        assertEquals("disk on fire", rootCause(e).getMessage());
    }

    @Test
    public void closingTheGateRecyclesWhatItsChannelsHeld() throws Exception {
        producers(1);
        writers.get(0).emit(new StreamRecord<>(1L));
        writers.get(0).emit(new StreamRecord<>(2L));
        SingleInputGate gate = startedGate();
        assertEquals(2, partitions.get(0).getBufferPool().getNumberOfBuffersInUse());

        gate.close();
        assertEquals(0, partitions.get(0).getBufferPool().getNumberOfBuffersInUse());
        assertThrows(IllegalStateException.class, gate::pollNext);
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
