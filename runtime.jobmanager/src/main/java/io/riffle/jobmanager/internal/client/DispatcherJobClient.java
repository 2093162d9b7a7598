package io.riffle.jobmanager.internal.client;

import io.riffle.api.common.JobExecutionResult;
import io.riffle.api.common.JobID;
import io.riffle.api.common.JobStatus;
import io.riffle.core.execution.JobClient;
import io.riffle.runtime.client.JobExecutionException;
import io.riffle.runtime.dispatcher.DispatcherGateway;
import io.riffle.runtime.dispatcher.JobResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** A {@link JobClient} that asks the Dispatcher. */
public final class DispatcherJobClient implements JobClient {

    private final DispatcherGateway dispatcher;
    private final JobID jobId;

    public DispatcherJobClient(DispatcherGateway dispatcher, JobID jobId) {
        this.dispatcher = dispatcher;
        this.jobId = jobId;
    }

    @Override
    public JobID getJobID() {
        return jobId;
    }

    @Override
    public CompletableFuture<JobStatus> getJobStatus() {
        return dispatcher.requestJobStatus(jobId);
    }

    @Override
    public CompletableFuture<Void> cancel() {
        return dispatcher.cancelJob(jobId);
    }

    @Override
    public CompletableFuture<JobExecutionResult> getJobExecutionResult() {
        return dispatcher.requestJobResult(jobId).thenApply(DispatcherJobClient::toExecutionResult);
    }

    static JobExecutionResult toExecutionResult(JobResult result) {
        return switch (result.status()) {
            case FINISHED -> new JobExecutionResult(result.jobId(), result.netRuntimeMillis(), result.accumulators());
            case CANCELED -> throw new CompletionException(new JobExecutionException(result.jobId(),
                    "Job " + result.jobName() + " (" + result.jobId() + ") was cancelled", null));
            default -> throw new CompletionException(new JobExecutionException(result.jobId(),
                    "Job " + result.jobName() + " (" + result.jobId() + ") failed: " + result.failureCause(), result.failureCause()));
        };
    }
}
