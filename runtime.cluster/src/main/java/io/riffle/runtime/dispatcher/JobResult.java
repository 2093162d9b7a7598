package io.riffle.runtime.dispatcher;

import io.riffle.api.common.JobID;
import io.riffle.api.common.JobStatus;
import java.util.Map;
import java.util.Objects;

/**
 * How a job ended.
 *
 * @param failureCause what failed the job (FAILED only): the root failure, e.g. a user function's exception
 * @param accumulators the merged accumulator results, by name
 */
public record JobResult(JobID jobId, String jobName, JobStatus status, long netRuntimeMillis, Throwable failureCause,
        Map<String, Object> accumulators) {

    public JobResult {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(status, "status");
        if (!status.isGloballyTerminalState()) {
            throw new IllegalArgumentException("a job result needs a terminal status, not " + status);
        }
        accumulators = Map.copyOf(accumulators);
    }
}
