package io.riffle.runtime.rpc.gateway;

import static io.riffle.runtime.rpc.gateway.GatewayEndpoints.voidAnswer;

import io.riffle.runtime.resourcemanager.ResourceManagerGateway;
import io.riffle.runtime.rpc.RpcEndpoint;
import io.riffle.runtime.rpc.RpcService;
import java.util.concurrent.CompletableFuture;

/**
 * Serves the local ResourceManager: each {@link ResourceManagerRequest} becomes the call of the
 * gateway method it stands for; the addresses in {@link RegisterTaskExecutor} and {@link
 * DeclareRequiredSlots} become a {@link RemoteTaskExecutorGateway} and a {@link RemoteJobMasterGateway}.
 */
record ResourceManagerEndpoint(String name, ResourceManagerGateway gateway, RpcService rpc, GatewayAddresses addresses)
        implements RpcEndpoint {

    @Override
    public CompletableFuture<?> handle(Object request) {
        if (request instanceof RegisterTaskExecutor call) {
            return voidAnswer(gateway.registerTaskExecutor(call.registration(),
                    new RemoteTaskExecutorGateway(rpc, call.taskExecutor(), call.registration().resourceId(), addresses)));
        } else if (request instanceof DisconnectTaskExecutor call) {
            return voidAnswer(gateway.disconnectTaskExecutor(call.resourceId(), call.cause()));
        } else if (request instanceof DeclareRequiredSlots call) {
            return voidAnswer(gateway.declareRequiredSlots(call.jobId(),
                    new RemoteJobMasterGateway(rpc, call.jobMaster(), call.jobId(), addresses), call.requiredSlots()));
        } else if (request instanceof NotifySlotAvailable call) {
            return voidAnswer(gateway.notifySlotAvailable(call.slotId()));
        }
        return GatewayEndpoints.unknownRequest(name, "the ResourceManager", ResourceManagerRequest.class, request);
    }
}
