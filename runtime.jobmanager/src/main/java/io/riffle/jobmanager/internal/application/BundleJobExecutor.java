package io.riffle.jobmanager.internal.application;

import io.riffle.api.common.JobID;
import io.riffle.core.execution.JobClient;
import io.riffle.core.execution.PipelineExecutor;
import io.riffle.jobmanager.internal.client.DispatcherPipelineExecutor;
import io.riffle.jobmanager.internal.translation.JobGraphGenerator;
import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.jobgraph.JobGraph;
import io.riffle.streaming.api.graph.StreamGraph;
import java.util.concurrent.CompletableFuture;

/**
 * The executor a stored job bundle's {@code main()} runs with: it submits like the cluster's own
 * executor, names the bundle in every job graph (so TaskManagers fetch it from the blob store),
 * and reports the first job it submitted.
 */
final class BundleJobExecutor implements PipelineExecutor {

    private final DispatcherPipelineExecutor dispatcher;
    private final BlobKey bundle;
    private final CompletableFuture<JobID> firstJob;

    BundleJobExecutor(DispatcherPipelineExecutor dispatcher, BlobKey bundle, CompletableFuture<JobID> firstJob) {
        this.dispatcher = dispatcher;
        this.bundle = bundle;
        this.firstJob = firstJob;
    }

    @Override
    public CompletableFuture<JobClient> execute(StreamGraph streamGraph, ClassLoader userCodeClassLoader) {
        JobGraph jobGraph;
        try {
            jobGraph = JobGraphGenerator.translate(streamGraph, JobID.generate()).withJobBundle(bundle);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return dispatcher.submit(jobGraph, userCodeClassLoader).whenComplete((client, failure) -> {
            if (client != null) {
                firstJob.complete(client.getJobID());
            }
        });
    }
}
