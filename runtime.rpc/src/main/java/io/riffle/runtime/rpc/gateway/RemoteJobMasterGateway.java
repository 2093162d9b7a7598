package io.riffle.runtime.rpc.gateway;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.rpc.RpcService;
import io.riffle.runtime.rpc.codec.EncodedTaskExecutionState;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import io.riffle.runtime.taskexecutor.SlotOffer;
import io.riffle.runtime.taskexecutor.TaskExecutionState;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The JobMaster of a job in another process; its address carries the JobMaster's fencing token, so
 * once that JobMaster's leader session ends, calls through this gateway are rejected. Each call
 * completes with the remote JobMaster's answer, or with a {@link
 * io.riffle.runtime.rpc.RemoteCallException}. Equal when it targets the same endpoint and session.
 */
public final class RemoteJobMasterGateway implements JobMasterGateway, RemoteGateway {

    private final RemoteCaller caller;
    private final JobID jobId;

    /**
     * @param jobId the job, answered by {@link #getJobId()} without a call
     * @param addresses turns the TaskExecutor passed to {@link #offerSlots} into its address
     */
    public RemoteJobMasterGateway(RpcService rpc, RpcAddress address, JobID jobId, GatewayAddresses addresses) {
        this.caller = new RemoteCaller(rpc, address, addresses);
        this.jobId = Objects.requireNonNull(jobId, "jobId");
    }

    @Override
    public RpcAddress address() {
        return caller.target();
    }

    @Override
    public JobID getJobId() {
        return jobId;
    }

    @Override
    public CompletableFuture<Collection<SlotOffer>> offerSlots(TaskManagerLocation taskManager, TaskExecutorGateway taskExecutor,
            Collection<SlotOffer> offers) {
        return caller.call(() -> new OfferSlots(taskManager, caller.addresses().addressOf(taskExecutor), List.copyOf(offers)),
                AcceptedSlots.class).thenApply(AcceptedSlots::offers);
    }

    /** Serializes the accumulators here; a state whose accumulator cannot be serialized fails the call, naming it. */
    @Override
    public CompletableFuture<Void> updateTaskExecutionState(TaskExecutionState state) {
        EncodedTaskExecutionState encoded;
        try {
            encoded = EncodedTaskExecutionState.of(state);
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return caller.call(() -> new UpdateTaskExecutionState(encoded));
    }

    @Override
    public CompletableFuture<Void> sendOperatorEventToCoordinator(ExecutionAttemptId executionId, int operatorId, OperatorEvent event) {
        return caller.call(() -> new SendOperatorEventToCoordinator(executionId, operatorId, event));
    }

    @Override
    public CompletableFuture<Void> heartbeatFromTaskManager(ResourceId taskManager) {
        return caller.call(() -> new HeartbeatFromTaskManager(taskManager));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RemoteJobMasterGateway other && address().equals(other.address()) && jobId.equals(other.jobId);
    }

    @Override
    public int hashCode() {
        return address().hashCode();
    }

    @Override
    public String toString() {
        return "JobMaster of job " + jobId + " at " + address();
    }
}
