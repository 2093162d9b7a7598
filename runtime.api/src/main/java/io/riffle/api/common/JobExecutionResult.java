package io.riffle.api.common;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/** What a finished job returns: its id, net run time and the merged accumulator values. */
public class JobExecutionResult {

    private final JobID jobId;
    private final long netRuntimeMillis;
    private final Map<String, Object> accumulators;

    public JobExecutionResult(JobID jobId, long netRuntimeMillis, Map<String, Object> accumulators) {
        this.jobId = Objects.requireNonNull(jobId, "jobId");
        this.netRuntimeMillis = netRuntimeMillis;
        this.accumulators = Map.copyOf(accumulators);
    }

    public JobID getJobID() {
        return jobId;
    }

    /** Milliseconds from the job's submission to its end. */
    public long getNetRuntime() {
        return netRuntimeMillis;
    }

    public Duration getNetRuntimeDuration() {
        return Duration.ofMillis(netRuntimeMillis);
    }

    /** The merged value of accumulator {@code name}, or null if no task added it. */
    @SuppressWarnings("unchecked")
    public <T> T getAccumulatorResult(String name) {
        return (T) accumulators.get(name);
    }

    public Map<String, Object> getAllAccumulatorResults() {
        return accumulators;
    }

    @Override
    public String toString() {
        return "JobExecutionResult{jobId=" + jobId + ", netRuntime=" + netRuntimeMillis + " ms, accumulators=" + accumulators + "}";
    }
}
