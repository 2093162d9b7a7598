package io.riffle.test.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.functions.RichMapFunction;
import io.riffle.api.java.tuple.Tuple2;
import io.riffle.runtime.state.KeyGroupRangeAssignment;
import io.riffle.streaming.api.datastream.DataStream;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.v2.DiscardingSink;
import io.riffle.test.util.MiniClusterResourceConfiguration;
import io.riffle.test.util.MiniClusterWithClientResource;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** Which downstream subtask gets which record, for every way of partitioning a stream. */
public class PartitioningTest {

    private static final int PARALLELISM = 4;

    @ClassRule
    public static final MiniClusterWithClientResource CLUSTER = new MiniClusterWithClientResource(
            new MiniClusterResourceConfiguration.Builder().setNumberSlotsPerTaskManager(PARALLELISM).build());

    /** Record (or its tag) → the downstream subtasks that received it. */
    static final Map<Object, Set<Integer>> RECEIVERS = new ConcurrentHashMap<>();
    /** Downstream subtask → records it received. */
    static final Map<Integer, AtomicLong> RECORDS_PER_SUBTASK = new ConcurrentHashMap<>();
    /** Record → how many times any subtask received it. */
    static final Map<Object, AtomicLong> DELIVERIES = new ConcurrentHashMap<>();

    @Before
    public void clear() {
        RECEIVERS.clear();
        RECORDS_PER_SUBTASK.clear();
        DELIVERIES.clear();
    }

    /** Notes which subtask received {@code tag(record)}. */
    static class Receive<T> extends RichMapFunction<T, T> {
        private static final long serialVersionUID = 1L;

        protected Object tag(T value) {
            return value;
        }

        @Override
        public T map(T value) {
            int subtask = getRuntimeContext().getIndexOfThisSubtask();
            RECEIVERS.computeIfAbsent(tag(value), t -> ConcurrentHashMap.newKeySet()).add(subtask);
            RECORDS_PER_SUBTASK.computeIfAbsent(subtask, s -> new AtomicLong()).incrementAndGet();
            DELIVERIES.computeIfAbsent(value, v -> new AtomicLong()).incrementAndGet();
            return value;
        }
    }

    /** Tags a record with the index of the upstream subtask that sent it. */
    static final class TagWithSender extends RichMapFunction<Long, Tuple2<Integer, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<Integer, Long> map(Long value) {
            return Tuple2.of(getRuntimeContext().getIndexOfThisSubtask(), value);
        }
    }

    /** Keys by the sender's index: records which receivers each sender reached. */
    static final class ReceiveFromSender extends Receive<Tuple2<Integer, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        protected Object tag(Tuple2<Integer, Long> value) {
            return "sender " + value.f0;
        }
    }

    /** Records which receivers each key reached. */
    static final class ReceiveByKey extends Receive<Long> {
        private static final long serialVersionUID = 1L;

        @Override
        protected Object tag(Long value) {
            return "key " + value % 37;
        }
    }

    private static StreamExecutionEnvironment env() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        assertEquals(PARALLELISM, env.getParallelism());
        return env;
    }

    private static void assertEveryRecordOnce(long from, long to) {
        assertEquals(to - from + 1, DELIVERIES.size());
        for (long value = from; value <= to; value++) {
            assertEquals("deliveries of " + value, 1L, DELIVERIES.get(value).get());
        }
    }

    @Test(timeout = 30_000)
    public void keyBySendsAllRecordsOfAKeyToTheSubtaskOfItsKeyGroup() throws Exception {
        StreamExecutionEnvironment env = env();
        env.fromSequence(0, 9_999)
                .keyBy(value -> value % 37)
                .map(new ReceiveByKey()).sinkTo(new DiscardingSink<>());
        env.execute("keyBy");

        assertEveryRecordOnce(0, 9_999);
        assertEquals(37, RECEIVERS.size());
        for (long key = 0; key < 37; key++) {
            Set<Integer> subtasks = RECEIVERS.get("key " + key);
            assertEquals("subtasks of key " + key, Set.of(KeyGroupRangeAssignment.assignKeyToParallelOperator(key,
                    KeyGroupRangeAssignment.DEFAULT_MAX_PARALLELISM, PARALLELISM)), subtasks);
        }
        assertTrue("37 keys spread over several subtasks", RECORDS_PER_SUBTASK.size() > 1);
    }

    @Test(timeout = 30_000)
    public void broadcastDeliversEveryRecordToEverySubtask() throws Exception {
        StreamExecutionEnvironment env = env();
        env.fromSequence(1, 100).setParallelism(1)
                .broadcast()
                .map(new Receive<>()).sinkTo(new DiscardingSink<>());
        env.execute("broadcast");

        for (long value = 1; value <= 100; value++) {
            assertEquals("receivers of " + value, Set.of(0, 1, 2, 3), RECEIVERS.get(value));
            assertEquals(PARALLELISM, DELIVERIES.get(value).get());
        }
        for (int subtask = 0; subtask < PARALLELISM; subtask++) {
            assertEquals(100L, RECORDS_PER_SUBTASK.get(subtask).get());
        }
    }

    @Test(timeout = 30_000)
    public void rebalanceSpreadsRecordsEvenly() throws Exception {
        StreamExecutionEnvironment env = env();
        env.fromSequence(1, 1_001).setParallelism(1)
                .rebalance()
                .map(new Receive<>()).sinkTo(new DiscardingSink<>());
        env.execute("rebalance");

        assertEveryRecordOnce(1, 1_001);
        for (int subtask = 0; subtask < PARALLELISM; subtask++) {
            long received = RECORDS_PER_SUBTASK.get(subtask).get();
            assertTrue("subtask " + subtask + " received " + received + ", expected 1001/4 ± 1", Math.abs(received - 1_001.0 / 4) <= 1);
        }
    }

    @Test(timeout = 30_000)
    public void rescaleFeedsEachSenderItsOwnShareOfReceivers() throws Exception {
        StreamExecutionEnvironment env = env();
        // sources pull their splits, so one reader may read them all: rebalance to get two busy senders
        env.fromSequence(1, 1_000).setParallelism(1)
                .rebalance()
                .map(new TagWithSender()).setParallelism(2)
                .rescale()
                .map(new ReceiveFromSender()).sinkTo(new DiscardingSink<>());
        env.execute("rescale");

        assertEquals(Set.of(0, 1), RECEIVERS.get("sender 0"));
        assertEquals(Set.of(2, 3), RECEIVERS.get("sender 1"));
        assertEquals(1_000, DELIVERIES.size());
        DELIVERIES.values().forEach(count -> assertEquals(1L, count.get()));
        for (int subtask = 0; subtask < PARALLELISM; subtask++) {
            assertEquals("round robin within a sender's receivers", 250L, RECORDS_PER_SUBTASK.get(subtask).get());
        }
    }

    @Test(timeout = 30_000)
    public void shuffleDeliversEveryRecordOnceToSomeSubtask() throws Exception {
        StreamExecutionEnvironment env = env();
        env.fromSequence(1, 10_000).setParallelism(1)
                .shuffle()
                .map(new Receive<>()).sinkTo(new DiscardingSink<>());
        env.execute("shuffle");

        assertEveryRecordOnce(1, 10_000);
        assertEquals("10,000 random picks reach all 4 subtasks", PARALLELISM, RECORDS_PER_SUBTASK.size());
    }

    @Test(timeout = 30_000)
    public void unionDeliversTheRecordsOfBothStreams() throws Exception {
        StreamExecutionEnvironment env = env();
        DataStream<Long> low = env.fromSequence(1, 500);
        DataStream<Long> high = env.fromSequence(1_001, 1_500).setParallelism(2);
        low.union(high).map(new Receive<>()).sinkTo(new DiscardingSink<>());
        env.execute("union");

        assertEquals(1_000, DELIVERIES.size());
        for (long value = 1; value <= 500; value++) {
            assertEquals(1L, DELIVERIES.get(value).get());
            assertEquals(1L, DELIVERIES.get(value + 1_000).get());
        }
    }

    @Test(timeout = 30_000)
    public void forwardKeepsEachRecordOnTheSubtaskOfTheSameIndex() throws Exception {
        StreamExecutionEnvironment env = env();
        env.fromSequence(1, 4_000).setParallelism(1)
                .rebalance()
                .map(new TagWithSender())
                .forward()
                .map(new ReceiveFromSender()).disableChaining()
                .sinkTo(new DiscardingSink<>());
        env.execute("forward");

        for (int subtask = 0; subtask < PARALLELISM; subtask++) {
            assertEquals("receivers of sender " + subtask, Set.of(subtask), RECEIVERS.get("sender " + subtask));
        }
        assertEquals(4_000, DELIVERIES.size());
        for (int subtask = 0; subtask < PARALLELISM; subtask++) {
            assertEquals(1_000L, RECORDS_PER_SUBTASK.get(subtask).get());
        }
    }
}
