package io.riffle.jobmanager.internal.dispatcher;

import io.riffle.api.common.JobStatus;
import io.riffle.runtime.dispatcher.JobDetails;
import io.riffle.runtime.dispatcher.JobResult;
import io.riffle.runtime.jobgraph.JobGraph;
import io.riffle.runtime.jobgraph.JobVertex;
import io.riffle.runtime.jobgraph.JobVertexId;
import io.riffle.runtime.taskexecutor.ExecutionState;
import java.util.List;
import java.util.Map;

/** Builds {@link JobDetails} from a job graph and the states the JobMaster reports. */
final class JobDetailsSnapshot {

    /** Flink's precedence when a vertex's subtasks differ: the first state in this list that any subtask is in. */
    private static final List<ExecutionState> PRECEDENCE = List.of(ExecutionState.FAILED, ExecutionState.CANCELING,
            ExecutionState.CANCELED, ExecutionState.RUNNING, ExecutionState.INITIALIZING, ExecutionState.DEPLOYING,
            ExecutionState.SCHEDULED, ExecutionState.CREATED, ExecutionState.FINISHED);

    private JobDetailsSnapshot() {
    }

    static JobDetails running(JobGraph graph, JobStatus status, long startMillis, Map<JobVertexId, List<ExecutionState>> states) {
        List<JobDetails.Vertex> vertices = graph.vertices().stream()
                .map(v -> vertex(v, aggregate(states.getOrDefault(v.id(), List.of())).name())).toList();
        return new JobDetails(graph.jobId(), graph.name(), status, startMillis, -1, vertices);
    }

    /** The JobMaster has stopped: each vertex is reported in the job's terminal state. */
    static JobDetails ended(JobGraph graph, JobResult result, long startMillis, long endMillis) {
        String state = switch (result.status()) {
            case FINISHED -> ExecutionState.FINISHED.name();
            case CANCELED -> ExecutionState.CANCELED.name();
            default -> ExecutionState.FAILED.name();
        };
        return new JobDetails(graph.jobId(), graph.name(), result.status(), startMillis, endMillis,
                graph.vertices().stream().map(v -> vertex(v, state)).toList());
    }

    static ExecutionState aggregate(List<ExecutionState> subtasks) {
        if (subtasks.isEmpty()) {
            return ExecutionState.CREATED;
        }
        if (subtasks.stream().allMatch(s -> s == ExecutionState.FINISHED)) {
            return ExecutionState.FINISHED;
        }
        return PRECEDENCE.stream().filter(subtasks::contains).findFirst().orElse(ExecutionState.CREATED);
    }

    private static JobDetails.Vertex vertex(JobVertex vertex, String status) {
        return new JobDetails.Vertex(vertex.id().toString(), vertex.name(), vertex.parallelism(), status);
    }
}
