package io.riffle.jobmanager.internal.resourcemanager;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.AllocationId;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.deployment.TaskDeploymentDescriptor;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A TaskExecutor that records the slot requests it gets and leaves each one pending until the test
 * accepts or refuses it. Everything else is unsupported.
 */
final class TestingTaskExecutorGateway implements TaskExecutorGateway {

    /** One {@code requestSlot} call and the reply the test completes. */
    record SlotRequest(SlotId slotId, JobID jobId, AllocationId allocationId, JobMasterGateway jobMaster,
            CompletableFuture<Void> reply) {

        void accept() {
            reply.complete(null);
        }

        void refuse(String reason) {
            reply.completeExceptionally(new IllegalStateException(reason));
        }
    }

    private final ResourceId resourceId;
    private final List<SlotRequest> slotRequests = new ArrayList<>();

    TestingTaskExecutorGateway(String resourceId) {
        this.resourceId = new ResourceId(resourceId);
    }

    /** The slot requests so far, in order. */
    List<SlotRequest> slotRequests() {
        return List.copyOf(slotRequests);
    }

    SlotRequest lastSlotRequest() {
        return slotRequests.get(slotRequests.size() - 1);
    }

    @Override
    public ResourceId getResourceId() {
        return resourceId;
    }

    @Override
    public CompletableFuture<Void> requestSlot(SlotId slotId, JobID jobId, AllocationId allocationId, JobMasterGateway jobMaster) {
        SlotRequest request = new SlotRequest(slotId, jobId, allocationId, jobMaster, new CompletableFuture<>());
        slotRequests.add(request);
        return request.reply();
    }

    @Override
    public CompletableFuture<Void> freeSlot(AllocationId allocationId) {
        throw new UnsupportedOperationException("freeSlot");
    }

    @Override
    public CompletableFuture<Void> submitTask(TaskDeploymentDescriptor deployment) {
        throw new UnsupportedOperationException("submitTask");
    }

    @Override
    public CompletableFuture<Void> cancelTask(ExecutionAttemptId executionId) {
        throw new UnsupportedOperationException("cancelTask");
    }

    @Override
    public CompletableFuture<Void> sendOperatorEvent(ExecutionAttemptId executionId, int operatorId, OperatorEvent event) {
        throw new UnsupportedOperationException("sendOperatorEvent");
    }

    /** Always alive. */
    @Override
    public CompletableFuture<Void> heartbeatFromResourceManager() {
        return CompletableFuture.completedFuture(null);
    }

    /** Always alive. */
    @Override
    public CompletableFuture<Void> heartbeatFromJobManager(JobID jobId) {
        return CompletableFuture.completedFuture(null);
    }
}
