package io.riffle.runtime.rpc;

import java.util.Objects;

/** A call of endpoint {@code endpoint}: the request message, answered by an {@link RpcResponse} with the same call id. */
public record RpcRequest(long callId, String endpoint, Object payload) {

    public RpcRequest {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(payload, "payload");
    }
}
