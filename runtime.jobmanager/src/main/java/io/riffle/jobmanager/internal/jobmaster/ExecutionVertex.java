package io.riffle.jobmanager.internal.jobmaster;

import io.riffle.api.common.accumulators.Accumulator;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.jobgraph.JobVertex;
import io.riffle.runtime.taskexecutor.ExecutionState;
import java.util.Map;

/** One parallel subtask of a job vertex and its current attempt. Main thread of the JobMaster only. */
final class ExecutionVertex {

    final JobVertex jobVertex;
    final int subtaskIndex;
    final ExecutionAttemptId attemptId = ExecutionAttemptId.generate();
    final int attemptNumber = 0;
    ExecutionState state = ExecutionState.CREATED;
    AssignedSlot slot;
    Map<String, Accumulator<?, ?>> accumulators = Map.of();

    ExecutionVertex(JobVertex jobVertex, int subtaskIndex) {
        this.jobVertex = jobVertex;
        this.subtaskIndex = subtaskIndex;
    }

    String name() {
        return jobVertex.name() + " (" + (subtaskIndex + 1) + "/" + jobVertex.parallelism() + ")";
    }

    @Override
    public String toString() {
        return name() + " " + state;
    }
}
