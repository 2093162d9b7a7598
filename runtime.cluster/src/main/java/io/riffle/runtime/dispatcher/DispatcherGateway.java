package io.riffle.runtime.dispatcher;

import io.riffle.api.common.JobID;
import io.riffle.api.common.JobStatus;
import io.riffle.runtime.jobgraph.JobGraph;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/** Accepts jobs and answers for them. One JobMaster runs each submitted job. */
@ProviderType
public interface DispatcherGateway {

    /**
     * Starts a JobMaster for the job. The job's class loader must be registered with the cluster's
     * {@link io.riffle.runtime.cluster.JobClassLoaders} before.
     */
    CompletableFuture<Void> submitJob(JobGraph jobGraph);

    CompletableFuture<JobStatus> requestJobStatus(JobID jobId);

    /** Completes when the job has ended, with how it ended. */
    CompletableFuture<JobResult> requestJobResult(JobID jobId);

    CompletableFuture<Void> cancelJob(JobID jobId);

    CompletableFuture<Collection<JobStatusMessage>> listJobs();

    /** Fails with {@link java.util.NoSuchElementException} for a job this Dispatcher does not know (any more). */
    CompletableFuture<JobDetails> requestJobDetails(JobID jobId);
}
