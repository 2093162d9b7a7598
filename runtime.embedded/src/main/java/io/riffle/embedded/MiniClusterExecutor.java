package io.riffle.embedded;

import io.riffle.api.common.JobID;
import io.riffle.core.execution.JobClient;
import io.riffle.core.execution.PipelineExecutor;
import io.riffle.jobmanager.internal.translation.JobGraphGenerator;
import io.riffle.runtime.cluster.JobClassLoaders;
import io.riffle.runtime.dispatcher.DispatcherGateway;
import io.riffle.runtime.jobgraph.JobGraph;
import io.riffle.streaming.api.graph.StreamGraph;
import java.util.concurrent.CompletableFuture;

/** Translates a job and submits it to a running cluster in this JVM. */
final class MiniClusterExecutor implements PipelineExecutor {

    private final DispatcherGateway dispatcher;
    private final JobClassLoaders classLoaders;

    MiniClusterExecutor(DispatcherGateway dispatcher, JobClassLoaders classLoaders) {
        this.dispatcher = dispatcher;
        this.classLoaders = classLoaders;
    }

    @Override
    public CompletableFuture<JobClient> execute(StreamGraph streamGraph, ClassLoader userCodeClassLoader) {
        JobGraph jobGraph;
        try {
            jobGraph = JobGraphGenerator.translate(streamGraph, JobID.generate());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return submit(jobGraph, userCodeClassLoader);
    }

    CompletableFuture<JobClient> submit(JobGraph jobGraph, ClassLoader userCodeClassLoader) {
        classLoaders.register(jobGraph.jobId(), userCodeClassLoader);
        return dispatcher.submitJob(jobGraph)
                .whenComplete((ok, failure) -> {
                    if (failure != null) {
                        classLoaders.release(jobGraph.jobId());
                    }
                })
                .thenApply(ok -> new DispatcherJobClient(dispatcher, jobGraph.jobId()));
    }
}
