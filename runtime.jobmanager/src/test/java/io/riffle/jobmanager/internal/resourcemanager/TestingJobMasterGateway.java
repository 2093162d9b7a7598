package io.riffle.jobmanager.internal.resourcemanager;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import io.riffle.runtime.taskexecutor.SlotOffer;
import io.riffle.runtime.taskexecutor.TaskExecutionState;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;

/** A JobMaster that only has an identity: for components that pass the gateway on without calling it. */
final class TestingJobMasterGateway implements JobMasterGateway {

    private final JobID jobId = JobID.generate();

    @Override
    public JobID getJobId() {
        return jobId;
    }

    @Override
    public CompletableFuture<Collection<SlotOffer>> offerSlots(TaskManagerLocation taskManager, TaskExecutorGateway taskExecutor,
            Collection<SlotOffer> offers) {
        throw new UnsupportedOperationException("offerSlots");
    }

    @Override
    public CompletableFuture<Void> updateTaskExecutionState(TaskExecutionState state) {
        throw new UnsupportedOperationException("updateTaskExecutionState");
    }

    @Override
    public CompletableFuture<Void> sendOperatorEventToCoordinator(ExecutionAttemptId executionId, int operatorId, OperatorEvent event) {
        throw new UnsupportedOperationException("sendOperatorEventToCoordinator");
    }

    @Override
    public CompletableFuture<Void> heartbeatFromTaskManager(ResourceId taskManager) {
        return CompletableFuture.completedFuture(null);
    }
}
