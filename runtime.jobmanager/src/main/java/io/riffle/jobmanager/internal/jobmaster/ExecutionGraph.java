package io.riffle.jobmanager.internal.jobmaster;

import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.runtime.jobgraph.JobEdge;
import io.riffle.runtime.jobgraph.JobGraph;
import io.riffle.runtime.jobgraph.JobVertex;
import io.riffle.runtime.jobgraph.JobVertexId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The job graph expanded to parallel subtasks, for one run of the job (a restart builds a new one). Main thread of the JobMaster only. */
final class ExecutionGraph {

    private final JobGraph jobGraph;
    private final Map<JobVertexId, ExecutionVertex[]> byVertex = new LinkedHashMap<>();
    private final Map<ExecutionAttemptId, ExecutionVertex> byAttempt = new HashMap<>();

    /** @param attemptNumber how often the job restarted before this graph: the attempt number of all its subtasks */
    ExecutionGraph(JobGraph jobGraph, int attemptNumber) {
        this.jobGraph = jobGraph;
        for (JobVertex vertex : jobGraph.vertices()) {
            ExecutionVertex[] subtasks = new ExecutionVertex[vertex.parallelism()];
            for (int i = 0; i < subtasks.length; i++) {
                subtasks[i] = new ExecutionVertex(vertex, i, attemptNumber);
                byAttempt.put(subtasks[i].attemptId, subtasks[i]);
            }
            byVertex.put(vertex.id(), subtasks);
        }
    }

    JobGraph jobGraph() {
        return jobGraph;
    }

    ExecutionVertex[] subtasks(JobVertexId vertex) {
        return byVertex.get(vertex);
    }

    ExecutionVertex byAttempt(ExecutionAttemptId attempt) {
        return byAttempt.get(attempt);
    }

    /** All subtasks, vertex by vertex in topological order. */
    List<ExecutionVertex> all() {
        List<ExecutionVertex> all = new ArrayList<>(byAttempt.size());
        byVertex.values().forEach(subtasks -> all.addAll(List.of(subtasks)));
        return all;
    }

    Collection<ExecutionVertex[]> vertices() {
        return byVertex.values();
    }

    static ResultPartitionId partitionId(JobEdge edge, ExecutionVertex producer) {
        return new ResultPartitionId(edge.dataSetId(), producer.subtaskIndex, producer.attemptId);
    }
}
