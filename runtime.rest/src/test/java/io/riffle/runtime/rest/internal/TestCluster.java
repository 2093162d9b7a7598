package io.riffle.runtime.rest.internal;

import io.riffle.runtime.dispatcher.DispatcherGateway;
import io.riffle.runtime.dispatcher.JobStatusMessage;
import io.riffle.runtime.status.TaskManagerInfo;
import java.util.List;

/** A fixed cluster for the REST tests. */
record TestCluster(TestingDispatcherGateway testing, List<TaskManagerInfo> taskManagers) implements ClusterView {

    TestCluster(List<JobStatusMessage> jobs, List<TaskManagerInfo> taskManagers) {
        this(new TestingDispatcherGateway(jobs), taskManagers);
    }

    @Override
    public DispatcherGateway dispatcher() {
        return testing;
    }

    @Override
    public String version() {
        return "0.1.0";
    }
}
