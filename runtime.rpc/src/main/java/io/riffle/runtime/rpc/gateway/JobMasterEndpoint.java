package io.riffle.runtime.rpc.gateway;

import static io.riffle.runtime.rpc.gateway.GatewayEndpoints.voidAnswer;

import io.riffle.api.common.accumulators.Accumulator;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.rpc.RpcEndpoint;
import io.riffle.runtime.rpc.RpcService;
import io.riffle.runtime.rpc.codec.EncodedTaskExecutionState;
import io.riffle.runtime.taskexecutor.TaskExecutionState;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Serves a local JobMaster: each {@link JobMasterRequest} becomes the call of the gateway method it
 * stands for; the TaskExecutor address in {@link OfferSlots} becomes a {@link
 * RemoteTaskExecutorGateway}, the accepted offers travel back as {@link AcceptedSlots}.
 *
 * @param jobClassLoader reads the accumulators of task states, which are user objects
 */
record JobMasterEndpoint(String name, JobMasterGateway gateway, ClassLoader jobClassLoader, RpcService rpc, GatewayAddresses addresses)
        implements RpcEndpoint {

    /** The built-in accumulators (LongCounter, ...) live in the API bundle, which a job bundle need not import. */
    private static final List<ClassLoader> BUILT_IN_ACCUMULATORS = List.of(Accumulator.class.getClassLoader());

    @Override
    public CompletableFuture<?> handle(Object request) {
        if (request instanceof OfferSlots call) {
            RemoteTaskExecutorGateway taskExecutor = new RemoteTaskExecutorGateway(rpc, call.taskExecutor(), call.taskManager().resourceId(), addresses);
            return gateway.offerSlots(call.taskManager(), taskExecutor, call.offers())
                    .thenApply(accepted -> new AcceptedSlots(List.copyOf(accepted)));
        } else if (request instanceof UpdateTaskExecutionState call) {
            return voidAnswer(updateTaskExecutionState(call.state()));
        } else if (request instanceof SendOperatorEventToCoordinator call) {
            return voidAnswer(gateway.sendOperatorEventToCoordinator(call.executionId(), call.operatorId(), call.event()));
        } else if (request instanceof HeartbeatFromTaskManager call) {
            return voidAnswer(gateway.heartbeatFromTaskManager(call.taskManager()));
        }
        return GatewayEndpoints.unknownRequest(name, "a JobMaster", JobMasterRequest.class, request);
    }

    /** Deserializes the accumulators on the I/O thread: they are small, and the gateway wants objects. */
    private CompletableFuture<Void> updateTaskExecutionState(EncodedTaskExecutionState encoded) {
        TaskExecutionState state;
        try {
            state = encoded.toTaskExecutionState(jobClassLoader, BUILT_IN_ACCUMULATORS);
        } catch (IOException | ClassNotFoundException e) {
            return CompletableFuture.failedFuture(new IOException("the " + encoded.state() + " state of task " + encoded.executionId()
                    + " has accumulators the JobMaster of job " + encoded.jobId() + " cannot read: " + e, e));
        }
        return gateway.updateTaskExecutionState(state);
    }
}
