package io.riffle.core.execution;

import io.riffle.streaming.api.graph.StreamGraph;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/** Runs stream graphs on some cluster: an in-process mini cluster, the local cluster, a remote one. */
@ProviderType
public interface PipelineExecutor {

    /**
     * Submits the job; the future completes once the cluster accepted it.
     *
     * @param userCodeClassLoader loads the job's classes: user functions are deserialized with it
     */
    CompletableFuture<JobClient> execute(StreamGraph streamGraph, ClassLoader userCodeClassLoader);
}
