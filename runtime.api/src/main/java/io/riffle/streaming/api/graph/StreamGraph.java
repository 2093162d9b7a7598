package io.riffle.streaming.api.graph;

import io.riffle.api.common.ExecutionConfig;
import io.riffle.api.dag.Pipeline;
import io.riffle.api.dag.Transformation;
import java.util.List;
import java.util.Objects;

/**
 * A job as its {@code main()} described it: all transformations in creation order, with the
 * job-wide defaults they fall back to.
 *
 * @param defaultParallelism parallelism of transformations that set none
 * @param maxParallelism number of key groups of keyed operators that set none
 * @param bufferTimeoutMillis how long a partly filled network buffer may wait; 0 = flush per record
 * @param chainingEnabled false when the job called {@code disableOperatorChaining()}
 */
public record StreamGraph(String jobName, List<Transformation<?>> transformations, ExecutionConfig executionConfig,
        int defaultParallelism, int maxParallelism, long bufferTimeoutMillis, boolean chainingEnabled) implements Pipeline {

    public StreamGraph {
        Objects.requireNonNull(jobName, "jobName");
        transformations = List.copyOf(transformations);
        Objects.requireNonNull(executionConfig, "executionConfig");
        if (defaultParallelism < 1) {
            throw new IllegalArgumentException("default parallelism must be at least 1, got " + defaultParallelism);
        }
        if (bufferTimeoutMillis < 0) {
            throw new IllegalArgumentException("buffer timeout must not be negative, got " + bufferTimeoutMillis);
        }
    }

    @Override
    public String getJobName() {
        return jobName;
    }
}
