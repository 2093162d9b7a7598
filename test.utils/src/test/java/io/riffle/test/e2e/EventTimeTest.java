package io.riffle.test.e2e;

import static org.junit.Assert.assertEquals;

import io.riffle.api.common.eventtime.WatermarkStrategy;
import io.riffle.api.common.functions.OpenContext;
import io.riffle.api.common.state.ListState;
import io.riffle.api.common.state.ListStateDescriptor;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.configuration.Configuration;
import io.riffle.configuration.PipelineOptions;
import io.riffle.connector.datagen.source.DataGeneratorSource;
import io.riffle.streaming.api.datastream.DataStream;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.KeyedProcessFunction;
import io.riffle.streaming.api.functions.sink.SinkFunction;
import io.riffle.test.util.MiniClusterResourceConfiguration;
import io.riffle.test.util.MiniClusterWithClientResource;
import io.riffle.util.Collector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Event time end to end: out-of-order events, watermarks from a bounded-out-of-orderness strategy,
 * event-time timers of a KeyedProcessFunction. The source's last record waits until every expected
 * timer fired, so the timers can only have fired on the strategy's watermarks, never on the final
 * watermark at the end of the input; were watermarks missing, the wait runs into its deadline and
 * the job fails.
 */
public class EventTimeTest {

    private static final int EVENTS = 300;
    private static final int KEYS = 5;
    private static final long MAX_OUT_OF_ORDERNESS = 50;
    /** Beyond every event's timestamp: a sentinel's watermark fires every event's timer. */
    private static final long SENTINEL_TIMESTAMP = 1_000_000;
    /** Sentinels: one for each subtask a rebalance can reach (parallelism up to 4), and the last, waiting one. */
    private static final int SENTINELS = 5;

    @ClassRule
    public static final MiniClusterWithClientResource CLUSTER = new MiniClusterWithClientResource(
            new MiniClusterResourceConfiguration.Builder().setNumberSlotsPerTaskManager(4).build());

    /** What the timers emitted. */
    static final Set<String> FIRED = ConcurrentHashMap.newKeySet();
    /** Anything a function saw that event time should have prevented. */
    static final Set<String> PROBLEMS = ConcurrentHashMap.newKeySet();
    static volatile CountDownLatch allTimersFired;

    @Before
    public void clear() {
        FIRED.clear();
        PROBLEMS.clear();
    }

    /** Event {@code i}: key k(i mod 5), timestamp 10 i minus a delay of 0 to 50 ms, so at most 50 ms out of order. */
    static String event(long i) {
        return "k" + i % KEYS + "@" + (i * 10 - (i * 37 % 6) * 10);
    }

    static long timestampOf(String event) {
        return Long.parseLong(event.substring(event.indexOf('@') + 1));
    }

    static String keyOf(String event) {
        return event.substring(0, event.indexOf('@'));
    }

    /** The events, then sentinels; the last sentinel returns only once every timer fired (or fails after a deadline). */
    static String generate(long index) throws InterruptedException {
        if (index < EVENTS) {
            return event(index);
        }
        if (index == EVENTS + SENTINELS - 1 && !allTimersFired.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("event-time timers did not fire before the input ended: fired " + FIRED);
        }
        return "sentinel@" + SENTINEL_TIMESTAMP;
    }

    /**
     * Per key and event timestamp T, a timer at T; it emits how many of the key's events have a timestamp up to T.
     * Timers firing only at the end of the input (the final watermark) count as a problem if {@code mustFireBeforeEnd}.
     */
    static final class CountUpToTimer extends KeyedProcessFunction<String, String, String> {
        private static final long serialVersionUID = 1L;
        private final boolean mustFireBeforeEnd;
        private transient ListState<Long> timestamps;

        CountUpToTimer(boolean mustFireBeforeEnd) {
            this.mustFireBeforeEnd = mustFireBeforeEnd;
        }

        @Override
        public void open(OpenContext openContext) {
            timestamps = getRuntimeContext().getListState(new ListStateDescriptor<>("timestamps", Types.LONG));
        }

        @Override
        public void processElement(String event, Context ctx, Collector<String> out) throws Exception {
            if (ctx.timestamp() != timestampOf(event)) {
                PROBLEMS.add(event + " carries timestamp " + ctx.timestamp());
            }
            if (ctx.timestamp() <= ctx.timerService().currentWatermark()) {
                PROBLEMS.add(event + " is late: watermark " + ctx.timerService().currentWatermark());
            }
            if (!event.startsWith("sentinel")) {
                timestamps.add(ctx.timestamp());
                ctx.timerService().registerEventTimeTimer(ctx.timestamp());
            }
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
            long watermark = ctx.timerService().currentWatermark();
            if (watermark < timestamp || (mustFireBeforeEnd && watermark == Long.MAX_VALUE) || ctx.timestamp() != timestamp) {
                PROBLEMS.add("timer " + timestamp + " of " + ctx.getCurrentKey() + " fired at watermark " + watermark
                        + " with timestamp " + ctx.timestamp());
            }
            long upTo = 0;
            for (long seen : timestamps.get()) {
                upTo += seen <= timestamp ? 1 : 0;
            }
            out.collect(ctx.getCurrentKey() + "@" + timestamp + " count=" + upTo);
        }
    }

    static final class CollectSink implements SinkFunction<String> {
        private static final long serialVersionUID = 1L;

        @Override
        public void invoke(String value) {
            if (FIRED.add(value)) {
                allTimersFired.countDown();
            } else {
                PROBLEMS.add("fired twice: " + value);
            }
        }
    }

    /** Computed from the input alone: each key's distinct timestamps, each with the number of its events up to it. */
    private static Set<String> expectedFirings() {
        TreeMap<String, List<Long>> byKey = new TreeMap<>();
        for (long i = 0; i < EVENTS; i++) {
            byKey.computeIfAbsent(keyOf(event(i)), k -> new ArrayList<>()).add(timestampOf(event(i)));
        }
        Set<String> expected = new TreeSet<>();
        byKey.forEach((key, timestamps) -> {
            for (long timer : new TreeSet<>(timestamps)) {
                expected.add(key + "@" + timer + " count=" + timestamps.stream().filter(t -> t <= timer).count());
            }
        });
        return expected;
    }

    private static StreamExecutionEnvironment environment() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(
                new Configuration().set(PipelineOptions.AUTO_WATERMARK_INTERVAL, Duration.ofMillis(20)));
        env.setBufferTimeout(0); // the last record waits for the timers: what precedes it must not wait in a buffer
        return env;
    }

    private static DataStream<String> waitingSource(StreamExecutionEnvironment env) {
        return env.fromSource(new DataGeneratorSource<>(EventTimeTest::generate, EVENTS + SENTINELS, Types.STRING),
                WatermarkStrategy.noWatermarks(), "Out-of-order events").setParallelism(1);
    }

    private void boundedOutOfOrdernessDrivesTimers(int parallelism) throws Exception {
        Set<String> expected = expectedFirings();
        allTimersFired = new CountDownLatch(expected.size());
        StreamExecutionEnvironment env = environment();
        env.setParallelism(parallelism);
        // the source runs apart from the assigners (rebalance), so its waiting does not stop their periodic watermarks
        waitingSource(env).rebalance()
                .assignTimestampsAndWatermarks(WatermarkStrategy.<String>forBoundedOutOfOrderness(Duration.ofMillis(MAX_OUT_OF_ORDERNESS))
                        .withTimestampAssigner((event, recordTimestamp) -> timestampOf(event)))
                .keyBy(EventTimeTest::keyOf)
                .process(new CountUpToTimer(true))
                .addSink(new CollectSink());
        env.execute("event time at parallelism " + parallelism);

        assertEquals(Set.of(), PROBLEMS);
        assertEquals(expected, new TreeSet<>(FIRED));
    }

    @Test(timeout = 120_000)
    public void outOfOrderEventsFireEventTimeTimersExactlyAtParallelism1() throws Exception {
        boundedOutOfOrdernessDrivesTimers(1);
    }

    @Test(timeout = 120_000)
    public void outOfOrderEventsFireEventTimeTimersExactlyAtParallelism2() throws Exception {
        boundedOutOfOrdernessDrivesTimers(2);
    }

    @Test(timeout = 120_000)
    public void outOfOrderEventsFireEventTimeTimersExactlyAtParallelism4() throws Exception {
        boundedOutOfOrdernessDrivesTimers(4);
    }

    @Test(timeout = 120_000)
    public void anIdlePartitionDoesNotHoldBackEventTime() throws Exception {
        Set<String> expected = expectedFirings();
        allTimersFired = new CountDownLatch(expected.size());
        StreamExecutionEnvironment env = environment();
        env.setParallelism(2);
        // global(): every event goes to the first assigner; the second sees nothing and must go idle
        waitingSource(env).global()
                .assignTimestampsAndWatermarks(WatermarkStrategy.<String>forBoundedOutOfOrderness(Duration.ofMillis(MAX_OUT_OF_ORDERNESS))
                        .withTimestampAssigner((event, recordTimestamp) -> timestampOf(event))
                        .withIdleness(Duration.ofMillis(100)))
                .keyBy(EventTimeTest::keyOf)
                .process(new CountUpToTimer(true))
                .addSink(new CollectSink());
        env.execute("idle partition");

        assertEquals(Set.of(), PROBLEMS);
        assertEquals(expected, new TreeSet<>(FIRED));
    }

    @Test(timeout = 120_000)
    public void aSourcesWatermarkStrategyStampsItsRecordsAndDrivesTimers() throws Exception {
        Set<String> expected = expectedFirings();
        allTimersFired = new CountDownLatch(expected.size());
        StreamExecutionEnvironment env = environment();
        env.setParallelism(2);
        // two readers, each with half of the events, each half at most 50 ms out of order
        env.fromSource(new DataGeneratorSource<>(EventTimeTest::event, EVENTS, Types.STRING),
                        WatermarkStrategy.<String>forBoundedOutOfOrderness(Duration.ofMillis(MAX_OUT_OF_ORDERNESS))
                                .withTimestampAssigner((event, recordTimestamp) -> timestampOf(event)), "Out-of-order events")
                .keyBy(EventTimeTest::keyOf)
                .process(new CountUpToTimer(false))
                .addSink(new CollectSink());
        env.execute("source watermarks");

        assertEquals(Set.of(), PROBLEMS);
        assertEquals(expected, new TreeSet<>(FIRED));
    }
}
