package io.riffle.embedded;

import static org.junit.Assert.assertEquals;

import io.riffle.api.common.JobExecutionResult;
import io.riffle.api.common.functions.OpenContext;
import io.riffle.api.common.functions.RichFlatMapFunction;
import io.riffle.api.common.accumulators.LongCounter;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.v2.DiscardingSink;
import io.riffle.util.Collector;
import org.junit.Test;

public class EmbeddedJobsTest {

    /** Counts and sums the longs it sees into accumulators. */
    static final class CountAndSum extends RichFlatMapFunction<Long, Long> {
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
            sum.add(value);
        }
    }

    @Test
    public void chainedPipelineComputesTheChainDigest() throws Exception {
        for (int parallelism : new int[] {1, 2, 4}) {
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
            env.fromSequence(0, 999).map(x -> x * 3 + 1).filter(y -> y % 2 == 0).map(y -> y >> 1)
                    .flatMap(new CountAndSum()).sinkTo(new DiscardingSink<>());
            JobExecutionResult result = env.execute("chain");
            assertEquals("count at p=" + parallelism, 500L, (long) result.<Long>getAccumulatorResult("count"));
            assertEquals("sum at p=" + parallelism, 375250L, (long) result.<Long>getAccumulatorResult("sum"));
        }
    }

    @Test
    public void rebalancedPipelineDeliversEveryRecordOnce() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(3);
        env.fromSequence(1, 100_000).rebalance().flatMap(new CountAndSum()).sinkTo(new DiscardingSink<>());
        JobExecutionResult result = env.execute("rebalance");
        assertEquals(100_000L, (long) result.<Long>getAccumulatorResult("count"));
        assertEquals(5_000_050_000L, (long) result.<Long>getAccumulatorResult("sum"));
    }
}
