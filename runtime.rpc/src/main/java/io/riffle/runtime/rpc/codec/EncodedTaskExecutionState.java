package io.riffle.runtime.rpc.codec;

import io.riffle.api.common.JobID;
import io.riffle.api.common.accumulators.Accumulator;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.jobgraph.SerializedValue;
import io.riffle.runtime.taskexecutor.ExecutionState;
import io.riffle.runtime.taskexecutor.TaskExecutionState;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link TaskExecutionState} as it crosses the wire from a TaskExecutor to the JobMaster. Its
 * accumulators are user objects: they travel Java-serialized (the one exception DESIGN.md §3 allows
 * for user code), and only the JobMaster, which has the job's class loader, turns them back into
 * objects with {@link #toTaskExecutionState}. The failure travels as a {@link SerializedThrowable}.
 *
 * <p>The local cluster passes {@link TaskExecutionState} itself and needs none of this.
 *
 * @param failure why the task failed (FAILED only)
 * @param accumulators the task's accumulators, by name, each Java-serialized
 */
public record EncodedTaskExecutionState(JobID jobId, ExecutionAttemptId executionId, ExecutionState state, SerializedThrowable failure,
        Map<String, SerializedValue<Accumulator<?, ?>>> accumulators) {

    public EncodedTaskExecutionState {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(executionId, "executionId");
        Objects.requireNonNull(state, "state");
        if ((state == ExecutionState.FAILED) != (failure != null)) {
            throw new IllegalArgumentException("a failure cause is required for, and only for, FAILED; state " + state);
        }
        accumulators = Map.copyOf(accumulators);
    }

    /**
     * Serializes the state's accumulators and mirrors its failure.
     *
     * @throws IOException if an accumulator cannot be serialized, naming it
     */
    public static EncodedTaskExecutionState of(TaskExecutionState state) throws IOException {
        Map<String, SerializedValue<Accumulator<?, ?>>> accumulators = new HashMap<>();
        for (Map.Entry<String, Accumulator<?, ?>> entry : state.accumulators().entrySet()) {
            try {
                accumulators.put(entry.getKey(), SerializedValue.<Accumulator<?, ?>>of(entry.getValue()));
            } catch (IOException | RuntimeException e) {
                throw new IOException("accumulator '" + entry.getKey() + "' of task " + state.executionId() + " cannot be serialized: " + e, e);
            }
        }
        SerializedThrowable failure = state.failure() == null ? null : SerializedThrowable.of(state.failure());
        return new EncodedTaskExecutionState(state.jobId(), state.executionId(), state.state(), failure, accumulators);
    }

    /**
     * The state with its accumulators deserialized through the job's class loader; the failure stays
     * a {@link SerializedThrowable}.
     *
     * @param fallbackLoaders tried in order for classes the job's loader cannot load
     * @throws IOException if an accumulator's bytes are not an {@link Accumulator}
     * @throws ClassNotFoundException if an accumulator's class is in none of the loaders
     */
    public TaskExecutionState toTaskExecutionState(ClassLoader jobClassLoader, List<ClassLoader> fallbackLoaders)
            throws IOException, ClassNotFoundException {
        Map<String, Accumulator<?, ?>> objects = new HashMap<>();
        for (Map.Entry<String, SerializedValue<Accumulator<?, ?>>> entry : accumulators.entrySet()) {
            Object value = ((SerializedValue<?>) entry.getValue()).deserialize(jobClassLoader, fallbackLoaders);
            if (!(value instanceof Accumulator<?, ?> accumulator)) {
                throw new IOException("accumulator '" + entry.getKey() + "' of task " + executionId + " is a "
                        + (value == null ? "null" : value.getClass().getName()) + ", not an Accumulator");
            }
            objects.put(entry.getKey(), accumulator);
        }
        return new TaskExecutionState(jobId, executionId, state, failure, objects);
    }
}
