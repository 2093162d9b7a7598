package io.riffle.examples.benchmarks;

import io.riffle.api.common.JobExecutionResult;
import io.riffle.api.common.accumulators.LongCounter;
import io.riffle.api.common.functions.OpenContext;
import io.riffle.api.common.functions.RichFlatMapFunction;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.v2.DiscardingSink;
import io.riffle.util.Collector;

/**
 * J2 "chain": the longs {@code 0 .. N-1} through {@code map(x*3+1)}, {@code filter(even)},
 * {@code map(y>>1)} into a sink that counts and sums. Every operator chains into one task per
 * subtask: {@code Source: Sequence Source -> Map -> Filter -> Map -> digest -> Sink}.
 * Digest {@code count/sum}.
 */
public final class ChainJob implements BenchmarkJob {

    public static final String NAME = "chain";

    static final String COUNT = "count";
    static final String SUM = "sum";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long defaultRecords() {
        return 100_000_000L;
    }

    @Override
    public void addTo(StreamExecutionEnvironment env, long records) {
        env.fromSequence(0, records - 1)
                .map(x -> x * 3 + 1)
                .filter(y -> y % 2 == 0)
                .map(y -> y >> 1)
                .flatMap(new ChainDigest()).name("digest")
                .sinkTo(new DiscardingSink<>());
    }

    @Override
    public String digest(JobExecutionResult result) {
        return digest(DigestFormat.counter(result, COUNT), DigestFormat.counter(result, SUM));
    }

    static String digest(long count, long sum) {
        return DigestFormat.join(DigestFormat.decimal(count), DigestFormat.decimal(sum));
    }

    /** Counts and sums the values; emits nothing. */
    public static final class ChainDigest extends RichFlatMapFunction<Long, Long> {

        private static final long serialVersionUID = 1L;

        private transient LongCounter count;
        private transient LongCounter sum;

        @Override
        public void open(OpenContext openContext) {
            count = getRuntimeContext().getLongCounter(COUNT);
            sum = getRuntimeContext().getLongCounter(SUM);
        }

        @Override
        public void flatMap(Long value, Collector<Long> out) {
            count.add(1L);
            sum.add(value.longValue());
        }
    }
}
