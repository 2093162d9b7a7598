package io.riffle.taskmanager.internal.network.input;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.typeutils.base.LongSerializer;
import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.taskmanager.internal.network.TestingConditions;
import io.riffle.taskmanager.internal.network.TestingNetwork;
import io.riffle.taskmanager.internal.network.TestingNetworkReader;
import io.riffle.taskmanager.internal.network.partition.RecordWriter;
import io.riffle.taskmanager.internal.network.serialization.StreamElementSerializer;
import io.riffle.taskmanager.internal.partitioner.ForwardPartitioner;
import io.riffle.taskmanager.internal.streamrecord.StreamElement;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/**
 * A producer thread and a consumer thread race on the gate's "something became available"
 * notification. The consumer sleeps on a condition only the listener signals (see
 * {@link TestingNetworkReader}); one lost notification leaves it waiting and fails the test.
 */
public class AvailabilityNotificationRaceTest {

    private static final int RECORDS = 100_000;

    private final StreamElementSerializer<Long> longs = new StreamElementSerializer<>(LongSerializer.INSTANCE);

    private void race(int producers, int buffersPerPartition) throws Exception {
        TestingNetwork network = new TestingNetwork(64);
        ResultPartitionId[] ids = new ResultPartitionId[producers];
        for (int p = 0; p < producers; p++) {
            ids[p] = TestingNetwork.newPartitionId(p);
        }
        StreamTaskNetworkInput<Long> input = new StreamTaskNetworkInput<>(network.gate("Consumer (1/1)", 0, ids), longs);
        TestingNetworkReader<Long> reader = new TestingNetworkReader<>(input);
        input.getGate().requestPartitions();
        CompletableFuture<List<StreamElement>> consumed = new CompletableFuture<>();
        new Thread(() -> {
            try {
                consumed.complete(reader.readToEnd());
            } catch (Throwable t) {
                consumed.completeExceptionally(t);
            }
        }, "consumer").start();

        CompletableFuture<?>[] produced = new CompletableFuture<?>[producers];
        for (int p = 0; p < producers; p++) {
            // Flushing every record makes every record an empty-to-non-empty transition.
            RecordWriter<Long> writer = TestingNetwork.writer(network.partition(ids[p], 1, buffersPerPartition),
                    new ForwardPartitioner<>(), longs, true);
            CompletableFuture<Void> done = new CompletableFuture<>();
            produced[p] = done;
            new Thread(() -> {
                try {
                    for (long i = 0; i < RECORDS / producers; i++) {
                        writer.emit(new StreamRecord<>(i));
                    }
                    writer.finish();
                    done.complete(null);
                } catch (Throwable t) {
                    done.completeExceptionally(t);
                }
            }, "producer-" + p).start();
        }

        List<StreamElement> elements = consumed.get(120, TimeUnit.SECONDS);
        CompletableFuture.allOf(produced).get(30, TimeUnit.SECONDS);
        assertEquals(RECORDS / producers * producers, elements.size());
        assertTrue("the consumer really had to wait for notifications", reader.waits() > 0);
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 3)
    public void aConsumerWaitingOnTheListenerNeverMissesData() throws Exception {
        race(1, 16);
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 3)
    public void aConsumerWaitingOnTheListenerNeverMissesDataOfSeveralBackpressuredProducers() throws Exception {
        race(4, 2);
    }
}
