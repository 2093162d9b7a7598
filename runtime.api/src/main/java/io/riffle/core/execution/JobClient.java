package io.riffle.core.execution;

import io.riffle.api.common.JobExecutionResult;
import io.riffle.api.common.JobID;
import io.riffle.api.common.JobStatus;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/** A handle on a submitted job, as {@code executeAsync()} returns it. */
@ProviderType
public interface JobClient {

    JobID getJobID();

    CompletableFuture<JobStatus> getJobStatus();

    CompletableFuture<Void> cancel();

    /**
     * Completes with the result when the job finishes, or exceptionally with a
     * {@link io.riffle.runtime.client.JobExecutionException} when it fails or is cancelled.
     */
    CompletableFuture<JobExecutionResult> getJobExecutionResult();
}
