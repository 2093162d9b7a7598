package io.riffle.runtime.rest.internal;

import io.riffle.runtime.dispatcher.JobStatusMessage;
import io.riffle.runtime.status.TaskManagerInfo;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** What the REST API reads of the cluster; an interface so that routing is tested without OSGi or sockets. */
interface ClusterView {

    CompletableFuture<Collection<JobStatusMessage>> jobs();

    List<TaskManagerInfo> taskManagers();

    /** The Riffle version, reported where Flink reports its own. */
    String version();
}
