package io.riffle.runtime.rest.internal;

import io.riffle.runtime.dispatcher.DispatcherGateway;
import io.riffle.runtime.status.TaskManagerInfo;
import java.util.List;

/** What the REST API reads of the cluster; an interface so that routing is tested without OSGi or sockets. */
interface ClusterView {

    DispatcherGateway dispatcher();

    List<TaskManagerInfo> taskManagers();

    /** The Riffle version, reported where Flink reports its own. */
    String version();
}
