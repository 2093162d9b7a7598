package io.riffle.bench.flink;

import io.riffle.bench.digest.DigestFormat;
import io.riffle.bench.digest.InterleavedRanges;
import io.riffle.bench.digest.LcgCursor;
import io.riffle.bench.digest.M61;
import java.time.Duration;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.ReduceFunction;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * J3: events {@code (key, e, value)} (LCG seed 3, source ranges interleaved) with monotonous
 * timestamps → keyBy(key) → 1000 ms tumbling event-time windows summing values → {@code (key,
 * windowEnd, sum)} → digest {@code windows/valueSum/d}.
 */
final class WindowJob implements FlinkJob {

    private static final long SEED = 3;
    private static final int KEYS = 1000;

    @Override
    public void addTo(StreamExecutionEnvironment env, long records) {
        Events events = new Events(new InterleavedRanges(records, env.getParallelism()));
        env.fromSource(new DataGeneratorSource<>(events, records, Types.TUPLE(Types.INT, Types.LONG, Types.LONG)),
                        WatermarkStrategy.<Tuple3<Integer, Long, Long>>forMonotonousTimestamps()
                                .withTimestampAssigner((event, previous) -> event.f1), "events")
                .keyBy(event -> event.f0)
                .window(TumblingEventTimeWindows.of(Duration.ofMillis(1000)))
                .reduce(new SumValues(), new WindowEnd())
                .flatMap(new Digest())
                .sinkTo(new DiscardingSink<>());
    }

    @Override
    public String digest(JobExecutionResult result) {
        // each subtask adds its own d (below M61), so the merged counter only needs one more reduction
        return DigestFormat.window(FlinkJob.counter(result, "windows"), FlinkJob.counter(result, "valueSum"),
                Long.remainderUnsigned(FlinkJob.counter(result, "d"), M61.MODULUS));
    }

    static final class Events implements GeneratorFunction<Long, Tuple3<Integer, Long, Long>> {

        private static final long serialVersionUID = 1L;

        private final InterleavedRanges order;
        private final LcgCursor lcg;

        Events(InterleavedRanges order) {
            this.order = order;
            this.lcg = new LcgCursor(SEED, order.parallelism());
        }

        @Override
        public Tuple3<Integer, Long, Long> map(Long index) {
            long event = order.event(index);
            long u = lcg.u(event);
            return Tuple3.of((int) ((u >>> 33) % KEYS), event, u >>> 49);
        }
    }

    static final class SumValues implements ReduceFunction<Tuple3<Integer, Long, Long>> {

        private static final long serialVersionUID = 1L;

        @Override
        public Tuple3<Integer, Long, Long> reduce(Tuple3<Integer, Long, Long> a, Tuple3<Integer, Long, Long> b) {
            return Tuple3.of(a.f0, a.f1, a.f2 + b.f2);
        }
    }

    static final class WindowEnd
            extends ProcessWindowFunction<Tuple3<Integer, Long, Long>, Tuple3<Integer, Long, Long>, Integer, TimeWindow> {

        private static final long serialVersionUID = 1L;

        @Override
        public void process(Integer key, Context context, Iterable<Tuple3<Integer, Long, Long>> sums,
                Collector<Tuple3<Integer, Long, Long>> out) {
            out.collect(Tuple3.of(key, context.window().getEnd(), sums.iterator().next().f2));
        }
    }

    static final class Digest extends RichFlatMapFunction<Tuple3<Integer, Long, Long>, Tuple3<Integer, Long, Long>> {

        private static final long serialVersionUID = 1L;

        private transient LongCounter windows;
        private transient LongCounter valueSum;
        private transient LongCounter d;
        /** This subtask's d modulo M61, which the counter holds exactly. */
        private transient long localD;

        @Override
        public void open(OpenContext openContext) {
            windows = getRuntimeContext().getLongCounter("windows");
            valueSum = getRuntimeContext().getLongCounter("valueSum");
            d = getRuntimeContext().getLongCounter("d");
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
