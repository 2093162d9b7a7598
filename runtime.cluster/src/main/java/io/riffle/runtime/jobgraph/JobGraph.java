package io.riffle.runtime.jobgraph;

import io.riffle.api.common.JobID;
import io.riffle.runtime.blob.BlobKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A job ready to schedule: its vertices in topological order (every vertex after the vertices it
 * reads from).
 *
 * @param jobBundle the job bundle in the JobManager's blob store that holds the job's user code, or
 *     null when every process that runs the job has its class loader already (local, embedded)
 */
public record JobGraph(JobID jobId, String name, List<JobVertex> vertices, BlobKey jobBundle) {

    public JobGraph {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(name, "name");
        vertices = List.copyOf(vertices);
        if (vertices.isEmpty()) {
            throw new IllegalArgumentException("job " + name + " has no vertices");
        }
    }

    /** A job whose user code every process running it can already load. */
    public JobGraph(JobID jobId, String name, List<JobVertex> vertices) {
        this(jobId, name, vertices, null);
    }

    public JobGraph withJobBundle(BlobKey bundle) {
        return new JobGraph(jobId, name, vertices, bundle);
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
