package io.riffle.runtime.rpc.codec;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.JobStatus;
import io.riffle.api.common.accumulators.Accumulator;
import io.riffle.api.common.accumulators.LongCounter;
import io.riffle.runtime.dispatcher.JobResult;
import io.riffle.runtime.jobgraph.SerializedValue;
import io.riffle.runtime.taskexecutor.ExecutionState;
import io.riffle.runtime.taskexecutor.TaskExecutionState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class EncodedMessagesTest {

    private final MessageCodecRegistry registry = ClusterMessageCodecs.registry();

    @Test
    public void taskStateAccumulatorsAreDeserializedThroughTheJobClassLoaderAfterTheWire() throws Exception {
        TaskExecutionState sent = new TaskExecutionState(SampleMessages.JOB, SampleMessages.MAP_ATTEMPT, ExecutionState.FAILED,
                SampleMessages.failure(), Map.of("records-in", new LongCounter(17)));
        EncodedTaskExecutionState received = (EncodedTaskExecutionState) roundTrip(EncodedTaskExecutionState.of(sent));
        RecordingClassLoader jobLoader = new RecordingClassLoader();

        TaskExecutionState state = received.toTaskExecutionState(jobLoader, List.of());

        assertEquals(sent.jobId(), state.jobId());
        assertEquals(sent.executionId(), state.executionId());
        assertEquals(ExecutionState.FAILED, state.state());
        assertEquals(17L, ((LongCounter) state.accumulators().get("records-in")).getLongValue());
        assertTrue(jobLoader.asked.toString(), jobLoader.asked.contains(LongCounter.class.getName()));
        assertEquals(SerializedThrowable.class, state.failure().getClass());
        assertEquals(sent.failure().toString(), state.failure().toString());
    }

    @Test
    public void anAccumulatorThatCannotBeSerializedIsNamed() {
        TaskExecutionState state = new TaskExecutionState(SampleMessages.JOB, SampleMessages.MAP_ATTEMPT, ExecutionState.FINISHED, null,
                Map.of("broken", new UnserializableAccumulator()));
        IOException e = assertThrows(IOException.class, () -> EncodedTaskExecutionState.of(state));
        assertTrue(e.getMessage(), e.getMessage().startsWith("accumulator 'broken' of task " + SampleMessages.MAP_ATTEMPT
                + " cannot be serialized: java.io.NotSerializableException: java.lang.Thread"));
    }

    @Test
    public void bytesThatAreNotAnAccumulatorAreRejectedWhenDeserialized() throws IOException {
        EncodedTaskExecutionState state = new EncodedTaskExecutionState(SampleMessages.JOB, SampleMessages.MAP_ATTEMPT, ExecutionState.FINISHED,
                null, Map.of("odd", SerializedValue.fromBytes(SerializedValue.of("not an accumulator").toBytes())));
        IOException e = assertThrows(IOException.class, () -> state.toTaskExecutionState(getClass().getClassLoader(), List.of()));
        assertEquals("accumulator 'odd' of task " + SampleMessages.MAP_ATTEMPT + " is a java.lang.String, not an Accumulator", e.getMessage());
    }

    @Test
    public void encodedTaskStateEnforcesTheRecordsFailureRule() {
        assertThrows(IllegalArgumentException.class, () -> new EncodedTaskExecutionState(SampleMessages.JOB, SampleMessages.MAP_ATTEMPT,
                ExecutionState.FAILED, null, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new EncodedTaskExecutionState(SampleMessages.JOB, SampleMessages.MAP_ATTEMPT,
                ExecutionState.RUNNING, SerializedThrowable.of(new RuntimeException()), Map.of()));
    }

    @Test
    public void jobResultAccumulatorsAreDeserializedThroughTheJobClassLoaderAfterTheWire() throws Exception {
        JobResult sent = new JobResult(SampleMessages.JOB, "WordCount", JobStatus.FAILED, 98_765L, SampleMessages.failure(),
                Map.of("records-in", 17L, "words", new ArrayList<>(List.of("to", "be"))));
        EncodedJobResult received = (EncodedJobResult) roundTrip(EncodedJobResult.of(sent));

        JobResult result = received.toJobResult(new RecordingClassLoader(), List.of());

        assertEquals(sent.jobId(), result.jobId());
        assertEquals("WordCount", result.jobName());
        assertEquals(JobStatus.FAILED, result.status());
        assertEquals(98_765L, result.netRuntimeMillis());
        assertEquals(sent.accumulators(), result.accumulators());
        assertEquals(sent.failureCause().toString(), result.failureCause().toString());
    }

    @Test
    public void aJobResultAccumulatorThatIsNotSerializableIsNamed() {
        JobResult result = new JobResult(SampleMessages.JOB, null, JobStatus.FINISHED, 1L, null, Map.of("sink", new Object()));
        IOException e = assertThrows(IOException.class, () -> EncodedJobResult.of(result));
        assertEquals("accumulator 'sink' of job " + SampleMessages.JOB + " cannot be serialized: java.io.NotSerializableException: java.lang.Object",
                e.getMessage());
    }

    private Object roundTrip(Object message) throws IOException {
        @SuppressWarnings("unchecked")
        MessageCodec<Object> codec = (MessageCodec<Object>) registry.forValue(message).orElseThrow();
        return SampleMessages.decode(codec, SampleMessages.encode(codec, message));
    }

    /** Stands in for a job bundle's class loader and records what it was asked for. */
    private static final class RecordingClassLoader extends ClassLoader {
        final List<String> asked = new ArrayList<>();

        RecordingClassLoader() {
            super(EncodedMessagesTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.add(name);
            return super.loadClass(name, resolve);
        }
    }

    /** A user accumulator holding something that cannot be serialized. */
    private static final class UnserializableAccumulator implements Accumulator<Long, Long> {
        private static final long serialVersionUID = 1L;
        private final Thread notSerializable = new Thread(() -> { });

        @Override
        public void add(Long value) {}

        @Override
        public Long getLocalValue() {
            return 0L;
        }

        @Override
        public void resetLocal() {}

        @Override
        public void merge(Accumulator<Long, Long> other) {}

        @Override
        public UnserializableAccumulator clone() {
            return this;
        }
    }
}
