package io.riffle.runtime.rest.internal;

import io.riffle.api.common.JobID;
import io.riffle.api.common.JobStatus;
import io.riffle.runtime.dispatcher.DispatcherGateway;
import io.riffle.runtime.dispatcher.JobDetails;
import io.riffle.runtime.dispatcher.JobResult;
import io.riffle.runtime.dispatcher.JobStatusMessage;
import io.riffle.runtime.jobgraph.JobGraph;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** A Dispatcher with fixed jobs, details and results for the REST tests; records cancellations. */
final class TestingDispatcherGateway implements DispatcherGateway {

    private final List<JobStatusMessage> jobs;
    final Map<JobID, JobDetails> details = new ConcurrentHashMap<>();
    final Map<JobID, JobResult> results = new ConcurrentHashMap<>();
    final List<JobID> cancelled = new ArrayList<>();

    TestingDispatcherGateway(List<JobStatusMessage> jobs) {
        this.jobs = List.copyOf(jobs);
    }

    @Override
    public CompletableFuture<Void> submitJob(JobGraph jobGraph) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("not in the REST tests"));
    }

    @Override
    public CompletableFuture<JobStatus> requestJobStatus(JobID jobId) {
        return requestJobDetails(jobId).thenApply(JobDetails::status);
    }

    @Override
    public CompletableFuture<JobResult> requestJobResult(JobID jobId) {
        JobResult result = results.get(jobId);
        return result != null ? CompletableFuture.completedFuture(result) : CompletableFuture.failedFuture(unknown(jobId));
    }

    @Override
    public synchronized CompletableFuture<Void> cancelJob(JobID jobId) {
        if (!details.containsKey(jobId)) {
            return CompletableFuture.failedFuture(unknown(jobId));
        }
        cancelled.add(jobId);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Collection<JobStatusMessage>> listJobs() {
        return CompletableFuture.completedFuture(jobs);
    }

    @Override
    public CompletableFuture<JobDetails> requestJobDetails(JobID jobId) {
        JobDetails job = details.get(jobId);
        return job != null ? CompletableFuture.completedFuture(job) : CompletableFuture.failedFuture(unknown(jobId));
    }

    private static NoSuchElementException unknown(JobID jobId) {
        return new NoSuchElementException("no job with id " + jobId + " is known to this cluster");
    }
}
