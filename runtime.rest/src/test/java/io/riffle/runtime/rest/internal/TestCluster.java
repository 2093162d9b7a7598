package io.riffle.runtime.rest.internal;

import io.riffle.runtime.dispatcher.JobStatusMessage;
import io.riffle.runtime.status.TaskManagerInfo;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A fixed cluster for the REST tests. */
record TestCluster(List<JobStatusMessage> jobList, List<TaskManagerInfo> taskManagers) implements ClusterView {

    @Override
    public CompletableFuture<Collection<JobStatusMessage>> jobs() {
        return CompletableFuture.completedFuture(jobList);
    }

    @Override
    public String version() {
        return "0.1.0";
    }
}
