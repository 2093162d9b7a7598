package io.riffle.runtime.taskexecutor;

import io.riffle.api.common.accumulators.Accumulator;
import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import java.util.Map;
import java.util.Objects;

/**
 * A task's new state, as its TaskExecutor reports it to the JobMaster.
 *
 * @param failure why the task failed (FAILED only), e.g. the exception a user function threw
 * @param accumulators the task's accumulators (when it reaches a terminal state), by name
 */
public record TaskExecutionState(JobID jobId, ExecutionAttemptId executionId, ExecutionState state, Throwable failure,
        Map<String, Accumulator<?, ?>> accumulators) {

    public TaskExecutionState {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(executionId, "executionId");
        Objects.requireNonNull(state, "state");
        if ((state == ExecutionState.FAILED) != (failure != null)) {
            throw new IllegalArgumentException("a failure cause is required for, and only for, FAILED; state " + state);
        }
        accumulators = Map.copyOf(accumulators);
    }

    public static TaskExecutionState of(JobID jobId, ExecutionAttemptId executionId, ExecutionState state) {
        return new TaskExecutionState(jobId, executionId, state, null, Map.of());
    }
}
