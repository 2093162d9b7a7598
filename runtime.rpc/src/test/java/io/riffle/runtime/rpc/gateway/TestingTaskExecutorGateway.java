package io.riffle.runtime.rpc.gateway;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.AllocationId;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.deployment.TaskDeploymentDescriptor;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import java.util.concurrent.CompletableFuture;

/** A TaskExecutor that records its calls in {@link #calls()} and answers as told there. */
final class TestingTaskExecutorGateway implements TaskExecutorGateway {

    private final ResourceId resourceId;
    private final TestingCalls calls = new TestingCalls();

    TestingTaskExecutorGateway(ResourceId resourceId) {
        this.resourceId = resourceId;
    }

    TestingCalls calls() {
        return calls;
    }

    @Override
    public ResourceId getResourceId() {
        return resourceId;
    }

    @Override
    public CompletableFuture<Void> requestSlot(SlotId slotId, JobID jobId, AllocationId allocationId, JobMasterGateway jobMaster) {
        return calls.record("requestSlot", slotId, jobId, allocationId, jobMaster);
    }

    @Override
    public CompletableFuture<Void> freeSlot(AllocationId allocationId) {
        return calls.record("freeSlot", allocationId);
    }

    @Override
    public CompletableFuture<Void> submitTask(TaskDeploymentDescriptor deployment) {
        return calls.record("submitTask", deployment);
    }

    @Override
    public CompletableFuture<Void> cancelTask(ExecutionAttemptId executionId) {
        return calls.record("cancelTask", executionId);
    }

    @Override
    public CompletableFuture<Void> sendOperatorEvent(ExecutionAttemptId executionId, int operatorId, OperatorEvent event) {
        return calls.record("sendOperatorEvent", executionId, operatorId, event);
    }

    @Override
    public CompletableFuture<Void> heartbeatFromResourceManager() {
        return calls.record("heartbeatFromResourceManager");
    }

    @Override
    public CompletableFuture<Void> heartbeatFromJobManager(JobID jobId) {
        return calls.record("heartbeatFromJobManager", jobId);
    }

    @Override
    public String toString() {
        return "TestingTaskExecutorGateway " + resourceId;
    }
}
