package io.riffle.runtime.rpc.gateway;

import static io.riffle.runtime.rpc.gateway.GatewayEndpoints.voidAnswer;

import io.riffle.runtime.rpc.RpcEndpoint;
import io.riffle.runtime.rpc.RpcService;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import java.util.concurrent.CompletableFuture;

/**
 * Serves a local TaskExecutor: each {@link TaskExecutorRequest} becomes the call of the gateway
 * method it stands for; the JobMaster address in {@link RequestSlot} becomes a {@link
 * RemoteJobMasterGateway}. Runs on an I/O thread, which is fine: gateway methods return at once.
 */
record TaskExecutorEndpoint(String name, TaskExecutorGateway gateway, RpcService rpc, GatewayAddresses addresses) implements RpcEndpoint {

    @Override
    public CompletableFuture<?> handle(Object request) {
        if (request instanceof RequestSlot call) {
            return voidAnswer(gateway.requestSlot(call.slotId(), call.jobId(), call.allocationId(),
                    new RemoteJobMasterGateway(rpc, call.jobMaster(), call.jobId(), addresses)));
        } else if (request instanceof FreeSlot call) {
            return voidAnswer(gateway.freeSlot(call.allocationId()));
        } else if (request instanceof SubmitTask call) {
            return voidAnswer(gateway.submitTask(call.deployment()));
        } else if (request instanceof CancelTask call) {
            return voidAnswer(gateway.cancelTask(call.executionId()));
        } else if (request instanceof SendOperatorEvent call) {
            return voidAnswer(gateway.sendOperatorEvent(call.executionId(), call.operatorId(), call.event()));
        } else if (request instanceof HeartbeatFromResourceManager) {
            return voidAnswer(gateway.heartbeatFromResourceManager());
        } else if (request instanceof HeartbeatFromJobManager call) {
            return voidAnswer(gateway.heartbeatFromJobManager(call.jobId()));
        }
        return GatewayEndpoints.unknownRequest(name, "a TaskExecutor", TaskExecutorRequest.class, request);
    }
}
