package io.riffle.runtime.jobgraph;

import io.riffle.api.common.JobID;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A job ready to schedule: its vertices in topological order (every vertex after the vertices it
 * reads from).
 */
public record JobGraph(JobID jobId, String name, List<JobVertex> vertices) {

    public JobGraph {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(name, "name");
        vertices = List.copyOf(vertices);
        if (vertices.isEmpty()) {
            throw new IllegalArgumentException("job " + name + " has no vertices");
        }
    }

    public JobVertex vertex(JobVertexId id) {
        for (JobVertex vertex : vertices) {
            if (vertex.id().equals(id)) {
                return vertex;
            }
        }
        throw new IllegalArgumentException("job " + name + " has no vertex " + id);
    }

    /** Slots a job needs with slot sharing: per sharing group its highest parallelism, summed over groups. */
    public int requiredSlots() {
        Map<String, Integer> perGroup = new HashMap<>();
        for (JobVertex vertex : vertices) {
            perGroup.merge(vertex.slotSharingGroup(), vertex.parallelism(), Math::max);
        }
        return perGroup.values().stream().mapToInt(Integer::intValue).sum();
    }
}
