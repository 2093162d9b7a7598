package io.riffle.runtime.dispatcher;

import io.riffle.api.common.JobID;
import io.riffle.api.common.JobStatus;
import java.util.Objects;

/** One line of a job listing. */
public record JobStatusMessage(JobID jobId, String jobName, JobStatus status, long startTimeMillis) {

    public JobStatusMessage {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(status, "status");
    }
}
