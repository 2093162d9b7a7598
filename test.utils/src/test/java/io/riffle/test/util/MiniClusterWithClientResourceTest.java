package io.riffle.test.util;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.JobExecutionResult;
import io.riffle.api.common.JobID;
import io.riffle.api.common.functions.OpenContext;
import io.riffle.api.common.functions.RichMapFunction;
import io.riffle.core.execution.ExecutorContext;
import io.riffle.runtime.dispatcher.JobStatusMessage;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.v2.DiscardingSink;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.ClassRule;
import org.junit.Test;

/** The resource binds getExecutionEnvironment() to its cluster, on its thread and threads started from it. */
public class MiniClusterWithClientResourceTest {

    private static final int TASK_MANAGERS = 2;
    private static final int SLOTS_PER_TASK_MANAGER = 2;

    @ClassRule
    public static final MiniClusterWithClientResource CLUSTER = new MiniClusterWithClientResource(
            new MiniClusterResourceConfiguration.Builder()
                    .setNumberTaskManagers(TASK_MANAGERS)
                    .setNumberSlotsPerTaskManager(SLOTS_PER_TASK_MANAGER)
                    .build());

    /** Counts the subtasks that ran, through an accumulator. */
    static final class CountSubtasks extends RichMapFunction<Long, Long> {
        @Override
        public void open(OpenContext openContext) {
            getRuntimeContext().getLongCounter("subtasks").add(1L);
        }

        @Override
        public Long map(Long value) {
            return value;
        }
    }

    /** Runs a small job through getExecutionEnvironment() and returns its result. */
    private static JobExecutionResult runJob(String name) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        assertEquals("default parallelism = the cluster's slots", TASK_MANAGERS * SLOTS_PER_TASK_MANAGER, env.getParallelism());
        env.fromSequence(1, 1000).map(new CountSubtasks()).sinkTo(new DiscardingSink<>());
        return env.execute(name);
    }

    private static Set<JobID> jobsOfTheCluster() throws Exception {
        return CLUSTER.getMiniCluster().dispatcher().listJobs().get(10, TimeUnit.SECONDS).stream()
                .map(JobStatusMessage::jobId).collect(Collectors.toSet());
    }

    @Test
    public void jobsOfTheTestThreadRunOnTheSharedClusterAtItsSlotCount() throws Exception {
        JobExecutionResult result = runJob("on the test thread");
        assertEquals(4L, (long) result.<Long>getAccumulatorResult("subtasks"));
        assertTrue("the job ran on the resource's cluster", jobsOfTheCluster().contains(result.getJobID()));
    }

    @Test(timeout = 30_000)
    public void aTestWithATimeoutRunsOnAnotherThreadAndStillUsesTheCluster() throws Exception {
        JobExecutionResult result = runJob("on JUnit's timeout thread");
        assertTrue(jobsOfTheCluster().contains(result.getJobID()));
    }

    @Test(timeout = 30_000)
    public void threadsTheTestStartsUseTheCluster() throws Exception {
        CompletableFuture<JobExecutionResult> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(runJob("on a thread of the test"));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "test-job-thread");
        thread.start();
        JobID jobId = result.get(20, TimeUnit.SECONDS).getJobID();
        assertTrue(jobsOfTheCluster().contains(jobId));
    }

    @Test
    public void aResourceBindsUntilItsEndAndThenRestoresTheOuterBinding() throws Throwable {
        ExecutorContext.Binding outer = ExecutorContext.current().orElseThrow();
        MiniClusterWithClientResource inner = new MiniClusterWithClientResource(new MiniClusterResourceConfiguration.Builder().build());
        inner.before();
        try {
            ExecutorContext.Binding innerBinding = ExecutorContext.current().orElseThrow();
            assertFalse(innerBinding.equals(outer));
            assertEquals(1, StreamExecutionEnvironment.getExecutionEnvironment().getParallelism());
        } finally {
            inner.after();
        }
        assertSame(outer, ExecutorContext.current().orElseThrow());
    }
}
