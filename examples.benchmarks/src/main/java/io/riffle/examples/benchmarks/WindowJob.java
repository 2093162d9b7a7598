package io.riffle.examples.benchmarks;

import io.riffle.api.common.JobExecutionResult;
import io.riffle.api.common.accumulators.LongCounter;
import io.riffle.api.common.eventtime.WatermarkStrategy;
import io.riffle.api.common.functions.OpenContext;
import io.riffle.api.common.functions.ReduceFunction;
import io.riffle.api.common.functions.RichFlatMapFunction;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.api.java.tuple.Tuple3;
import io.riffle.connector.datagen.source.DataGeneratorSource;
import io.riffle.connector.datagen.source.GeneratorFunction;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.v2.DiscardingSink;
import io.riffle.streaming.api.functions.windowing.ProcessWindowFunction;
import io.riffle.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import io.riffle.streaming.api.windowing.windows.TimeWindow;
import io.riffle.util.Collector;
import java.time.Duration;

/**
 * J3 "window": N events {@code (key, timestamp, value)} drawn by the LCG (seed 3), with event time
 * {@code e} ms for event {@code e}, summed per key in event-time tumbling windows of 1000 ms;
 * watermarks follow the timestamps ({@code forMonotonousTimestamps}). Tasks: {@code Source: events}
 * → hash → {@code Window(TumblingEventTimeWindows(1000), EventTimeTrigger, SumValues, WindowEnd) ->
 * digest -> Sink}.
 *
 * <p>Digest {@code windows/valueSum/d} over the results {@code (key, windowEnd, sum)}, with {@code d}
 * the sum of {@code mulmod(key·31 + windowEnd, sum)} modulo {@code 2^61 - 1}.
 */
public final class WindowJob implements BenchmarkJob {

    public static final String NAME = "window";
    static final long SEED = 3;
    static final int KEYS = 1000;
    static final Duration WINDOW = Duration.ofMillis(1000);

    static final String WINDOWS = "windows";
    static final String VALUE_SUM = "valueSum";
    static final String D = "d";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long defaultRecords() {
        return 20_000_000L;
    }

    @Override
    public void addTo(StreamExecutionEnvironment env, long records) {
        EventGenerator events = new EventGenerator(new InterleavedRanges(records, env.getParallelism()));
        env.fromSource(new DataGeneratorSource<>(events, records, Types.TUPLE(Types.INT, Types.LONG, Types.LONG)),
                        WatermarkStrategy.<Tuple3<Integer, Long, Long>>forMonotonousTimestamps()
                                .withTimestampAssigner((event, previous) -> event.f1), "events")
                .keyBy(event -> event.f0)
                .window(TumblingEventTimeWindows.of(WINDOW))
                .reduce(new SumValues(), new WindowEnd())
                .flatMap(new WindowDigest()).name("digest")
                .sinkTo(new DiscardingSink<>());
    }

    @Override
    public String digest(JobExecutionResult result) {
        // each subtask's d is below 2^61, so their sum over up to 8 subtasks fits 64 unsigned bits
        return digest(DigestFormat.counter(result, WINDOWS), DigestFormat.counter(result, VALUE_SUM),
                Long.remainderUnsigned(DigestFormat.counter(result, D), M61.MODULUS));
    }

    static String digest(long windows, long valueSum, long d) {
        return DigestFormat.join(DigestFormat.decimal(windows), DigestFormat.decimal(valueSum), DigestFormat.hex(d));
    }

    /**
     * Event {@code e} is {@code ((u_e >>> 33) mod 1000, e, u_e >>> 49)}; the source's index {@code j}
     * is event {@link InterleavedRanges#event}, so consecutive indexes are P events apart.
     */
    public static final class EventGenerator implements GeneratorFunction<Long, Tuple3<Integer, Long, Long>> {

        private static final long serialVersionUID = 1L;

        private final InterleavedRanges order;
        private final LcgCursor lcg;

        EventGenerator(InterleavedRanges order) {
            this.order = order;
            this.lcg = new LcgCursor(SEED, order.parallelism());
        }

        @Override
        public Tuple3<Integer, Long, Long> map(Long index) {
            long event = order.event(index);
            long u = lcg.u(event);
            return new Tuple3<>((int) ((u >>> 33) % KEYS), event, u >>> 49);
        }
    }

    /** Sums the values of a key's window, incrementally. */
    public static final class SumValues implements ReduceFunction<Tuple3<Integer, Long, Long>> {

        private static final long serialVersionUID = 1L;

        @Override
        public Tuple3<Integer, Long, Long> reduce(Tuple3<Integer, Long, Long> a, Tuple3<Integer, Long, Long> b) {
            return new Tuple3<>(a.f0, a.f1, a.f2 + b.f2);
        }
    }

    /** Turns a window's sum into the result {@code (key, windowEnd, sum)}. */
    public static final class WindowEnd
            extends ProcessWindowFunction<Tuple3<Integer, Long, Long>, Tuple3<Integer, Long, Long>, Integer, TimeWindow> {

        private static final long serialVersionUID = 1L;

        @Override
        public void process(Integer key, Context context, Iterable<Tuple3<Integer, Long, Long>> sums,
                Collector<Tuple3<Integer, Long, Long>> out) {
            out.collect(new Tuple3<>(key, context.window().getEnd(), sums.iterator().next().f2));
        }
    }

    /** Adds each result to the digest counters; emits nothing. */
    public static final class WindowDigest extends RichFlatMapFunction<Tuple3<Integer, Long, Long>, Tuple3<Integer, Long, Long>> {

        private static final long serialVersionUID = 1L;

        private transient LongCounter windows;
        private transient LongCounter valueSum;
        private transient LongCounter d;
        /** This subtask's d modulo M61; the counter holds exactly this value, so merging only adds subtasks' values. */
        private transient long localD;

        @Override
        public void open(OpenContext openContext) {
            windows = getRuntimeContext().getLongCounter(WINDOWS);
            valueSum = getRuntimeContext().getLongCounter(VALUE_SUM);
            d = getRuntimeContext().getLongCounter(D);
        }

        @Override
        public void flatMap(Tuple3<Integer, Long, Long> result, Collector<Tuple3<Integer, Long, Long>> out) {
            windows.add(1L);
            valueSum.add(result.f2);
            long next = M61.addmod(localD, M61.mulmod(result.f0 * 31L + result.f1, result.f2));
            d.add(next - localD);
            localD = next;
        }
    }
}
