package io.riffle.jobmanager.internal.jobmaster;

import io.riffle.api.common.accumulators.Accumulator;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.jobgraph.JobVertex;
import io.riffle.runtime.taskexecutor.ExecutionState;
import java.util.Map;

/** One attempt of a parallel subtask of a job vertex; a restarted job gets new ones. Main thread of the JobMaster only. */
final class ExecutionVertex {

    final JobVertex jobVertex;
    final int subtaskIndex;
    final ExecutionAttemptId attemptId = ExecutionAttemptId.generate();
    final int attemptNumber;
    ExecutionState state = ExecutionState.CREATED;
    AssignedSlot slot;
    Map<String, Accumulator<?, ?>> accumulators = Map.of();

    ExecutionVertex(JobVertex jobVertex, int subtaskIndex, int attemptNumber) {
        this.jobVertex = jobVertex;
        this.subtaskIndex = subtaskIndex;
        this.attemptNumber = attemptNumber;
    }

    String name() {
        return jobVertex.name() + " (" + (subtaskIndex + 1) + "/" + jobVertex.parallelism() + ")";
    }

    @Override
    public String toString() {
        return name() + " " + state;
    }
}
