package io.riffle.embedded;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.JobExecutionResult;
import io.riffle.api.common.JobStatus;
import io.riffle.api.common.accumulators.LongCounter;
import io.riffle.api.common.functions.OpenContext;
import io.riffle.api.common.functions.RichFlatMapFunction;
import io.riffle.configuration.Configuration;
import io.riffle.core.execution.JobClient;
import io.riffle.runtime.client.JobExecutionException;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.v2.DiscardingSink;
import io.riffle.util.Collector;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
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

    @Test
    public void cancellingAnEndlessJobStopsEveryTaskAndFailsTheResultWithCancellation() throws Exception {
        try (MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration(2, 2, new Configuration())).start()) {
            StreamExecutionEnvironment env = new StreamExecutionEnvironment(new Configuration(), cluster.executor());
            env.setParallelism(2);
            env.fromSequence(0, Long.MAX_VALUE - 1).rebalance().map(x -> x + 1).keyBy(x -> x % 7).sum(0)
                    .sinkTo(new DiscardingSink<>());
            JobClient client = env.executeAsync("endless");
            Poll.until(() -> client.getJobStatus().get() == JobStatus.RUNNING, "the job runs");
            client.cancel().get();
            ExecutionException failure = assertThrows(ExecutionException.class, () -> client.getJobExecutionResult().get(60, TimeUnit.SECONDS));
            assertTrue(String.valueOf(failure.getCause()), failure.getCause() instanceof JobExecutionException);
            assertEquals(JobStatus.CANCELED, client.getJobStatus().get());

            // the slots came back: the same cluster runs the next job
            StreamExecutionEnvironment next = new StreamExecutionEnvironment(new Configuration(), cluster.executor());
            next.setParallelism(4);
            next.fromSequence(1, 1000).flatMap(new CountAndSum()).sinkTo(new DiscardingSink<>());
            assertEquals(500_500L, (long) next.execute("after cancel").<Long>getAccumulatorResult("sum"));
        }
    }
}
