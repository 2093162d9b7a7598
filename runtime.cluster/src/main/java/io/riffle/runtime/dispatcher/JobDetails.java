package io.riffle.runtime.dispatcher;

import io.riffle.api.common.JobID;
import io.riffle.api.common.JobStatus;
import java.util.List;
import java.util.Objects;

/**
 * What the Dispatcher can tell about one job, for {@code GET /jobs/:jobid}.
 *
 * @param startTime when the Dispatcher accepted the job (epoch ms)
 * @param endTime when it reached a terminal status (epoch ms), or -1 while it runs
 * @param vertices the job's vertices in topological order
 */
public record JobDetails(JobID jobId, String name, JobStatus status, long startTime, long endTime, List<Vertex> vertices) {

    public JobDetails {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(status, "status");
        vertices = List.copyOf(vertices);
    }

    /**
     * One job vertex.
     *
     * @param status the aggregate of its subtasks' execution states, with Flink's names
     */
    public record Vertex(String id, String name, int parallelism, String status) {
    }
}
