package io.riffle.runtime.rpc.gateway;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.AllocationId;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.deployment.TaskDeploymentDescriptor;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.rpc.RpcService;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A TaskExecutor in another process. Each call sends a {@link TaskExecutorRequest} and completes with
 * the remote TaskExecutor's answer, or with a {@link io.riffle.runtime.rpc.RemoteCallException} (its
 * failure, a timeout, a lost connection). Equal when it targets the same endpoint.
 */
public final class RemoteTaskExecutorGateway implements TaskExecutorGateway, RemoteGateway {

    private final RemoteCaller caller;
    private final ResourceId resourceId;

    /**
     * @param resourceId the TaskExecutor's id, answered by {@link #getResourceId()} without a call
     * @param addresses turns the JobMaster passed to {@link #requestSlot} into its address
     */
    public RemoteTaskExecutorGateway(RpcService rpc, RpcAddress address, ResourceId resourceId, GatewayAddresses addresses) {
        this.caller = new RemoteCaller(rpc, address, addresses);
        this.resourceId = Objects.requireNonNull(resourceId, "resourceId");
    }

    @Override
    public RpcAddress address() {
        return caller.target();
    }

    @Override
    public ResourceId getResourceId() {
        return resourceId;
    }

    @Override
    public CompletableFuture<Void> requestSlot(SlotId slotId, JobID jobId, AllocationId allocationId, JobMasterGateway jobMaster) {
        return caller.call(() -> new RequestSlot(slotId, jobId, allocationId, caller.addresses().addressOf(jobMaster)));
    }

    @Override
    public CompletableFuture<Void> freeSlot(AllocationId allocationId) {
        return caller.call(() -> new FreeSlot(allocationId));
    }

    @Override
    public CompletableFuture<Void> submitTask(TaskDeploymentDescriptor deployment) {
        return caller.call(() -> new SubmitTask(deployment));
    }

    @Override
    public CompletableFuture<Void> cancelTask(ExecutionAttemptId executionId) {
        return caller.call(() -> new CancelTask(executionId));
    }

    @Override
    public CompletableFuture<Void> sendOperatorEvent(ExecutionAttemptId executionId, int operatorId, OperatorEvent event) {
        return caller.call(() -> new SendOperatorEvent(executionId, operatorId, event));
    }

    @Override
    public CompletableFuture<Void> heartbeatFromResourceManager() {
        return caller.call(HeartbeatFromResourceManager::new);
    }

    @Override
    public CompletableFuture<Void> heartbeatFromJobManager(JobID jobId) {
        return caller.call(() -> new HeartbeatFromJobManager(jobId));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RemoteTaskExecutorGateway other && address().equals(other.address()) && resourceId.equals(other.resourceId);
    }

    @Override
    public int hashCode() {
        return address().hashCode();
    }

    @Override
    public String toString() {
        return "TaskExecutor " + resourceId + " at " + address();
    }
}
