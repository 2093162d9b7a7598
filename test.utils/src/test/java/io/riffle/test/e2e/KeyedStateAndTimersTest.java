package io.riffle.test.e2e;

import static org.junit.Assert.assertEquals;

import io.riffle.api.common.eventtime.WatermarkStrategy;
import io.riffle.api.common.functions.OpenContext;
import io.riffle.api.common.state.ListState;
import io.riffle.api.common.state.ListStateDescriptor;
import io.riffle.api.common.state.MapState;
import io.riffle.api.common.state.MapStateDescriptor;
import io.riffle.api.common.state.ValueState;
import io.riffle.api.common.state.ValueStateDescriptor;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.api.java.tuple.Tuple2;
import io.riffle.connector.datagen.source.DataGeneratorSource;
import io.riffle.streaming.api.TimeDomain;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.KeyedProcessFunction;
import io.riffle.streaming.api.functions.sink.SinkFunction;
import io.riffle.test.util.MiniClusterResourceConfiguration;
import io.riffle.test.util.MiniClusterWithClientResource;
import io.riffle.util.Collector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** Per-key value, list and map state, and processing- and event-time timers of a KeyedProcessFunction. */
public class KeyedStateAndTimersTest {

    private static final int PARALLELISM = 3;
    private static final int KEYS = 10;
    private static final int RECORDS = 1_000;
    private static final long EVENT_TIMER = 1_000L;
    private static final long PROCESSING_DELAY = 50L;

    @ClassRule
    public static final MiniClusterWithClientResource CLUSTER = new MiniClusterWithClientResource(
            new MiniClusterResourceConfiguration.Builder().setNumberSlotsPerTaskManager(PARALLELISM).build());

    /** Key → what its timer emitted. */
    static final Map<String, String> EMITTED = new ConcurrentHashMap<>();
    /** Key → how often its timer fired. */
    static final Map<String, Integer> FIRINGS = new ConcurrentHashMap<>();

    @Before
    public void clear() {
        EMITTED.clear();
        FIRINGS.clear();
    }

    /** Emits key → value into {@link #EMITTED}. */
    static final class CollectSink implements SinkFunction<Tuple2<String, String>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void invoke(Tuple2<String, String> value) {
            EMITTED.put(value.f0, value.f1);
        }
    }

    /** Keeps count, values and parity counts per key; summarizes each key when event time ends. */
    static final class StateSummary extends KeyedProcessFunction<String, Tuple2<String, Integer>, Tuple2<String, String>> {
        private static final long serialVersionUID = 1L;
        private transient ValueState<Long> count;
        private transient ListState<Integer> values;
        private transient MapState<String, Integer> parities;

        @Override
        public void open(OpenContext openContext) {
            count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Types.LONG));
            values = getRuntimeContext().getListState(new ListStateDescriptor<>("values", Types.INT));
            parities = getRuntimeContext().getMapState(new MapStateDescriptor<>("parities", Types.STRING, Types.INT));
        }

        @Override
        public void processElement(Tuple2<String, Integer> value, Context ctx, Collector<Tuple2<String, String>> out) throws Exception {
            Long seen = count.value();
            count.update(seen == null ? 1L : seen + 1);
            values.add(value.f1);
            String parity = value.f1 % 2 == 0 ? "even" : "odd";
            Integer ofParity = parities.get(parity);
            parities.put(parity, ofParity == null ? 1 : ofParity + 1);
            ctx.timerService().registerEventTimeTimer(EVENT_TIMER);
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext ctx, Collector<Tuple2<String, String>> out) throws Exception {
            String key = ctx.getCurrentKey();
            FIRINGS.merge(key, 1, Integer::sum);
            List<Integer> list = new ArrayList<>();
            values.get().forEach(list::add);
            out.collect(Tuple2.of(key, count.value() + " " + list + " even=" + parities.get("even") + " odd=" + parities.get("odd")
                    + " " + ctx.timeDomain() + "@" + timestamp + " watermark=" + ctx.timerService().currentWatermark()));
        }
    }

    @Test(timeout = 30_000)
    public void keyedStatePerKeyIsSummarizedByEventTimeTimersAtTheEndOfInput() throws Exception {
        List<Tuple2<String, Integer>> input = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            input.add(Tuple2.of("k" + i % KEYS, i));
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromCollection(input)
                .keyBy(value -> value.f0)
                .process(new StateSummary())
                .addSink(new CollectSink());
        env.execute("keyed state");

        assertEquals(KEYS, EMITTED.size());
        for (int key = 0; key < KEYS; key++) {
            List<Integer> values = new ArrayList<>();
            for (int i = key; i < RECORDS; i += KEYS) {
                values.add(i);
            }
            int even = key % 2 == 0 ? values.size() : 0;
            int odd = values.size() - even;
            String expected = values.size() + " " + values + " even=" + (even == 0 ? null : even) + " odd=" + (odd == 0 ? null : odd)
                    + " " + TimeDomain.EVENT_TIME + "@" + EVENT_TIMER + " watermark=" + Long.MAX_VALUE;
            assertEquals("summary of k" + key, expected, EMITTED.get("k" + key));
            assertEquals("timers are one per key and timestamp", Integer.valueOf(1), FIRINGS.get("k" + key));
        }
    }

    /** Registers a processing-time timer 50 ms after a key's first element; the timer emits when it fired. */
    static final class DelayedGreeting extends KeyedProcessFunction<String, Long, Tuple2<String, String>> {
        private static final long serialVersionUID = 1L;
        private transient ValueState<Long> timer;

        @Override
        public void open(OpenContext openContext) {
            timer = getRuntimeContext().getState(new ValueStateDescriptor<>("timer", Types.LONG));
        }

        @Override
        public void processElement(Long value, Context ctx, Collector<Tuple2<String, String>> out) throws Exception {
            if (timer.value() == null) {
                long at = ctx.timerService().currentProcessingTime() + PROCESSING_DELAY;
                timer.update(at);
                ctx.timerService().registerProcessingTimeTimer(at);
            }
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext ctx, Collector<Tuple2<String, String>> out) throws Exception {
            String key = ctx.getCurrentKey();
            FIRINGS.merge(key, 1, Integer::sum);
            boolean onTime = timestamp == timer.value() && ctx.timerService().currentProcessingTime() >= timestamp;
            out.collect(Tuple2.of(key, ctx.timeDomain() + (onTime ? " on time" : " at " + timestamp + " for " + timer.value())));
        }
    }

    /**
     * Index i of the source; the last index waits (up to a deadline) until every key's timer fired,
     * so the job is still running when the processing-time timers are due.
     */
    static long indexThatWaitsForTheTimers(long index) {
        if (index == RECORDS - 1) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (EMITTED.size() < 3 && System.nanoTime() - deadline < 0) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
        }
        return index;
    }

    @Test(timeout = 30_000)
    public void processingTimeTimersFireForTheirKeyAndEmit() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setBufferTimeout(0); // the source's last record waits for the timers: what precedes it must not wait in a buffer
        env.fromSource(new DataGeneratorSource<>(KeyedStateAndTimersTest::indexThatWaitsForTheTimers, RECORDS, Types.LONG),
                        WatermarkStrategy.noWatermarks(), "Waiting Generator").setParallelism(1)
                .keyBy(index -> "k" + index % 3)
                .process(new DelayedGreeting())
                .addSink(new CollectSink());
        env.execute("processing-time timers");

        for (String key : List.of("k0", "k1", "k2")) {
            assertEquals(key, TimeDomain.PROCESSING_TIME + " on time", EMITTED.get(key));
            assertEquals(Integer.valueOf(1), FIRINGS.get(key));
        }
        assertEquals(3, EMITTED.size());
    }
}
