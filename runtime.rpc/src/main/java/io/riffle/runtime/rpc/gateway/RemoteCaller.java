package io.riffle.runtime.rpc.gateway;

import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.rpc.RpcService;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** What the remote gateways share: building a request, then calling their target with it. */
record RemoteCaller(RpcService rpc, RpcAddress target, GatewayAddresses addresses) {

    RemoteCaller {
        Objects.requireNonNull(rpc, "rpc");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(addresses, "addresses");
    }

    /**
     * A request that cannot be built (a gateway argument without an address, a null argument)
     * fails the returned future rather than throwing: gateway callers handle failures in futures.
     */
    <R> CompletableFuture<R> call(Supplier<?> request, Class<R> answerType) {
        Object message;
        try {
            message = request.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return rpc.call(target, message, answerType);
    }

    CompletableFuture<Void> call(Supplier<?> request) {
        return call(request, Void.class);
    }
}
