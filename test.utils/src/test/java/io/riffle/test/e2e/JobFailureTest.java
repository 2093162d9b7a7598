package io.riffle.test.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.riffle.api.common.JobExecutionResult;
import io.riffle.api.common.accumulators.LongCounter;
import io.riffle.api.common.functions.OpenContext;
import io.riffle.api.common.functions.RichMapFunction;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.runtime.client.JobExecutionException;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.v2.DiscardingSink;
import io.riffle.test.util.MiniClusterResourceConfiguration;
import io.riffle.test.util.MiniClusterWithClientResource;
import io.riffle.util.Collector;
import java.util.Arrays;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * A user function that throws fails its job with the user's exception as the cause, and the
 * failed job gives its slots back: the same cluster runs the next job.
 */
public class JobFailureTest {

    private static final int SLOTS = 2;

    @ClassRule
    public static final MiniClusterWithClientResource CLUSTER = new MiniClusterWithClientResource(
            new MiniClusterResourceConfiguration.Builder().setNumberSlotsPerTaskManager(SLOTS).build());

    /** A checked exception of the user's own, which the cluster must not lose or replace. */
    public static final class InvalidRecordException extends Exception {
        private static final long serialVersionUID = 1L;

        public InvalidRecordException(String message) {
            super(message);
        }
    }

    /** Counts records into an accumulator. */
    static final class Count extends RichMapFunction<Long, Long> {
        private transient LongCounter count;

        @Override
        public void open(OpenContext openContext) {
            count = getRuntimeContext().getLongCounter("count");
        }

        @Override
        public Long map(Long value) {
            count.add(1L);
            return value;
        }
    }

    @Test(timeout = 30_000)
    public void aThrowingMapFailsTheJobWithTheUsersExceptionAndTheClusterRunsTheNextJob() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(SLOTS);
        env.fromSequence(1, 1000).map(x -> {
            if (x == 500) {
                throw new IllegalStateException("boom at 500");
            }
            return x;
        }).sinkTo(new DiscardingSink<>());

        JobExecutionException failure = expectJobFailure(env, "throwing map");
        IllegalStateException cause = causeOfType(failure, IllegalStateException.class);
        assertEquals("boom at 500", cause.getMessage());
        assertHasLambdaFrameOfThisClass(cause);

        assertNextJobRunsOnAllSlots();
    }

    @Test(timeout = 30_000)
    public void aCheckedExceptionInAChainedFlatMapReachesTheClient() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(SLOTS);
        // source -> map -> flatMap -> sink all forward at one parallelism: one chain, one task
        env.fromSequence(1, 100).map(x -> x * 2).flatMap((Long x, Collector<Long> out) -> {
            if (x == 84) {
                throw new InvalidRecordException("record 84 is invalid");
            }
            out.collect(x);
        }).returns(Types.LONG).sinkTo(new DiscardingSink<>());

        JobExecutionException failure = expectJobFailure(env, "throwing flatMap");
        InvalidRecordException cause = causeOfType(failure, InvalidRecordException.class);
        assertEquals("record 84 is invalid", cause.getMessage());
        assertHasLambdaFrameOfThisClass(cause);

        assertNextJobRunsOnAllSlots();
    }

    private static JobExecutionException expectJobFailure(StreamExecutionEnvironment env, String jobName) throws Exception {
        try {
            env.execute(jobName);
        } catch (JobExecutionException e) {
            return e;
        }
        fail("job '" + jobName + "' should have failed");
        return null;
    }

    private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("no " + type.getName() + " in the cause chain of " + failure, failure);
    }

    private static void assertHasLambdaFrameOfThisClass(Throwable userException) {
        boolean found = Arrays.stream(userException.getStackTrace()).anyMatch(frame ->
                frame.getClassName().equals(JobFailureTest.class.getName()) && frame.getMethodName().startsWith("lambda$"));
        assertTrue("the user's stack trace keeps the frame of the lambda that threw: "
                + Arrays.toString(userException.getStackTrace()), found);
    }

    /** A job that needs every slot: it can only run if the failed job released its slots. */
    private static void assertNextJobRunsOnAllSlots() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(SLOTS);
        env.fromSequence(1, 10_000).rebalance().map(new Count()).sinkTo(new DiscardingSink<>());
        JobExecutionResult result = env.execute("after a failure");
        assertNotNull(result);
        assertEquals(10_000L, (long) result.<Long>getAccumulatorResult("count"));
    }
}
