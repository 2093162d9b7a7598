package io.riffle.jobmanager.internal.client;

import io.riffle.api.common.JobID;
import io.riffle.core.execution.JobClient;
import io.riffle.core.execution.PipelineExecutor;
import io.riffle.jobmanager.internal.translation.JobGraphGenerator;
import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.cluster.JobClassLoaders;
import io.riffle.runtime.dispatcher.DispatcherGateway;
import io.riffle.runtime.jobgraph.JobGraph;
import io.riffle.streaming.api.graph.StreamGraph;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Translates a job and submits it to a Dispatcher in this JVM, registering the job's class loader
 * for the cluster's components first. Behind {@code execute()} in the local and embedded clusters.
 */
@Component(service = PipelineExecutor.class)
public final class DispatcherPipelineExecutor implements PipelineExecutor {

    private final DispatcherGateway dispatcher;
    private final JobClassLoaders classLoaders;

    @Activate
    public DispatcherPipelineExecutor(@Reference DispatcherGateway dispatcher, @Reference JobClassLoaders classLoaders) {
        this.dispatcher = dispatcher;
        this.classLoaders = classLoaders;
    }

    @Override
    public CompletableFuture<JobClient> execute(StreamGraph streamGraph, ClassLoader userCodeClassLoader) {
        return execute(streamGraph, userCodeClassLoader, null);
    }

    /**
     * The executor for the jobs of one job bundle in the JobManager's blob store: their job graphs name
     * it, so that TaskManagers in other processes fetch and install it.
     */
    public PipelineExecutor withJobBundle(BlobKey jobBundle) {
        Objects.requireNonNull(jobBundle, "jobBundle");
        return (streamGraph, userCodeClassLoader) -> execute(streamGraph, userCodeClassLoader, jobBundle);
    }

    private CompletableFuture<JobClient> execute(StreamGraph streamGraph, ClassLoader userCodeClassLoader, BlobKey jobBundle) {
        JobGraph jobGraph;
        try {
            jobGraph = JobGraphGenerator.translate(streamGraph, JobID.generate()).withJobBundle(jobBundle);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return submit(jobGraph, userCodeClassLoader);
    }

    /** Submits an already translated job. */
    public CompletableFuture<JobClient> submit(JobGraph jobGraph, ClassLoader userCodeClassLoader) {
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
