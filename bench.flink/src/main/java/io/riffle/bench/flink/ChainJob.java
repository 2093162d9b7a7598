package io.riffle.bench.flink;

import io.riffle.bench.digest.DigestFormat;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.util.Collector;

/** J2: {@code fromSequence(0, N-1)} → map(x·3+1) → filter(even) → map(y >> 1) → count and sum, all chained. */
final class ChainJob implements FlinkJob {

    @Override
    public void addTo(StreamExecutionEnvironment env, long records) {
        env.fromSequence(0, records - 1)
                .map(x -> x * 3 + 1)
                .filter(y -> y % 2 == 0)
                .map(y -> y >> 1)
                .flatMap(new Digest())
                .sinkTo(new DiscardingSink<>());
    }

    @Override
    public String digest(JobExecutionResult result) {
        return DigestFormat.chain(FlinkJob.counter(result, "count"), FlinkJob.counter(result, "sum"));
    }

    static final class Digest extends RichFlatMapFunction<Long, Long> {

        private static final long serialVersionUID = 1L;

        private transient LongCounter count;
        private transient LongCounter sum;

        @Override
        public void open(OpenContext openContext) {
            count = getRuntimeContext().getLongCounter("count");
            sum = getRuntimeContext().getLongCounter("sum");
        }

        @Override
        public void flatMap(Long value, Collector<Long> out) {
            count.add(1L);
            sum.add(value.longValue());
        }
    }
}
