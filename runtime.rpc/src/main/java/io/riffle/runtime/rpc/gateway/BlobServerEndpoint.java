package io.riffle.runtime.rpc.gateway;

import io.riffle.runtime.blob.BlobServerGateway;
import io.riffle.runtime.rpc.RpcEndpoint;
import java.util.concurrent.CompletableFuture;

/**
 * Serves a local blob server: a {@link ReadBlob} becomes a {@link BlobServerGateway#read} call. Runs
 * on an I/O thread; the gateway reads the disk on threads of its own.
 */
record BlobServerEndpoint(String name, BlobServerGateway gateway) implements RpcEndpoint {

    @Override
    public CompletableFuture<?> handle(Object request) {
        if (request instanceof ReadBlob call) {
            return gateway.read(call.key(), call.offset(), call.maxLength());
        }
        return GatewayEndpoints.unknownRequest(name, "the blob server", BlobServerRequest.class, request);
    }
}
