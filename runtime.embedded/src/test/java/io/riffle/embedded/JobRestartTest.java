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
import io.riffle.configuration.JobManagerOptions;
import io.riffle.configuration.RestartStrategyOptions;
import io.riffle.core.execution.JobClient;
import io.riffle.runtime.client.JobExecutionException;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.v2.DiscardingSink;
import io.riffle.util.Collector;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/** Full restarts: after a failed task, and after a lost TaskManager. */
public class JobRestartTest {

    /**
     * Counts and sums what it sees, and counts its attempt number into "attempts". In the attempts
     * below {@code failUntilAttempt} it throws at value 500; with {@code blockInFirstAttempt}, the
     * first attempt blocks instead (until cancelled) once it has seen value 100.
     */
    static final class FailingCount extends RichFlatMapFunction<Long, Long> {
        private final int failUntilAttempt;
        private final boolean blockInFirstAttempt;
        private transient LongCounter count;
        private transient LongCounter sum;
        private transient int attempt;

        FailingCount(int failUntilAttempt, boolean blockInFirstAttempt) {
            this.failUntilAttempt = failUntilAttempt;
            this.blockInFirstAttempt = blockInFirstAttempt;
        }

        @Override
        public void open(OpenContext openContext) {
            attempt = getRuntimeContext().getAttemptNumber();
            count = getRuntimeContext().getLongCounter("count");
            sum = getRuntimeContext().getLongCounter("sum");
            getRuntimeContext().getLongCounter("attempts").add((long) attempt);
        }

        @Override
        public void flatMap(Long value, Collector<Long> out) throws InterruptedException {
            if (attempt < failUntilAttempt && value == 500) {
                throw new IllegalStateException("boom in attempt " + attempt);
            }
            if (blockInFirstAttempt && attempt == 0 && value >= 100) {
                new CountDownLatch(1).await();
            }
            count.add(1L);
            sum.add(value);
        }
    }

    private static Configuration fixedDelay(int attempts) {
        Configuration configuration = new Configuration();
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, attempts);
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(10));
        return configuration;
    }

    private static JobClient submit(MiniCluster cluster, FailingCount function) throws Exception {
        StreamExecutionEnvironment env = new StreamExecutionEnvironment(new Configuration(), cluster.executor());
        env.setParallelism(2);
        env.fromSequence(1, 1000).rebalance().flatMap(function).sinkTo(new DiscardingSink<>());
        return env.executeAsync("restarting");
    }

    @Test
    public void aJobThatFailsOnceRestartsAndReportsTheResultsOfItsLastRun() throws Exception {
        try (MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration(1, 2, fixedDelay(2))).start()) {
            JobExecutionResult result = submit(cluster, new FailingCount(1, false)).getJobExecutionResult().get(60, TimeUnit.SECONDS);

            assertEquals(1000L, (long) result.<Long>getAccumulatorResult("count"));
            assertEquals(500_500L, (long) result.<Long>getAccumulatorResult("sum"));
            assertEquals("both subtasks ran as attempt 1", 2L, (long) result.<Long>getAccumulatorResult("attempts"));
        }
    }

    @Test
    public void aJobThatKeepsFailingFailsWithTheLastCauseOnceItsRestartsAreUsedUp() throws Exception {
        try (MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration(1, 2, fixedDelay(2))).start()) {
            JobClient client = submit(cluster, new FailingCount(Integer.MAX_VALUE, false));

            ExecutionException failure = assertThrows(ExecutionException.class, () -> client.getJobExecutionResult().get(60, TimeUnit.SECONDS));
            assertTrue(String.valueOf(failure.getCause()), failure.getCause() instanceof JobExecutionException);
            assertEquals("boom in attempt 2", rootCause(failure).getMessage());
            assertEquals(JobStatus.FAILED, client.getJobStatus().get());
        }
    }

    @Test
    public void withoutARestartStrategyTheFirstFailureFailsTheJob() throws Exception {
        try (MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration(1, 2, new Configuration())).start()) {
            JobClient client = submit(cluster, new FailingCount(Integer.MAX_VALUE, false));

            ExecutionException failure = assertThrows(ExecutionException.class, () -> client.getJobExecutionResult().get(60, TimeUnit.SECONDS));
            assertEquals("boom in attempt 0", rootCause(failure).getMessage());
        }
    }

    @Test
    public void losingATaskManagerRestartsTheJobInTheSlotsThatAreLeft() throws Exception {
        // three TaskManagers with one slot each: the job takes two, the third replaces the lost one
        // the restart may try the lost TaskManager's slot before the heartbeats noticed: that costs one more attempt
        try (MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration(3, 1, fixedDelay(3))).start()) {
            JobClient client = submit(cluster, new FailingCount(0, true));
            Poll.until(() -> client.getJobStatus().get() == JobStatus.RUNNING && cluster.taskManagerRunningTasks() >= 0, "the job runs");
            int busy = cluster.taskManagerRunningTasks();

            cluster.loseTaskManager(busy, new IllegalStateException("killed by the test"));

            JobExecutionResult result = client.getJobExecutionResult().get(60, TimeUnit.SECONDS);
            assertEquals(1000L, (long) result.<Long>getAccumulatorResult("count"));
            assertEquals(500_500L, (long) result.<Long>getAccumulatorResult("sum"));
            assertTrue("both subtasks ran in a later attempt", result.<Long>getAccumulatorResult("attempts") >= 2L);
        }
    }

    @Test
    public void aJobThatGetsTooFewSlotsFailsSayingHowManyItNeededAndHowManyTheClusterHas() throws Exception {
        Configuration configuration = new Configuration();
        configuration.set(JobManagerOptions.SLOT_REQUEST_TIMEOUT, Duration.ofMillis(200));
        try (MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration(1, 1, configuration)).start()) {
            JobClient client = submit(cluster, new FailingCount(0, false));

            ExecutionException failure = assertThrows(ExecutionException.class, () -> client.getJobExecutionResult().get(60, TimeUnit.SECONDS));
            assertTrue(rootCause(failure).getMessage(), rootCause(failure).getMessage().endsWith("did not get its slots within 200 ms: needed 2 "
                    + "slots, got 1; the cluster has 1 slots on 1 TaskManagers, 0 free"));
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
