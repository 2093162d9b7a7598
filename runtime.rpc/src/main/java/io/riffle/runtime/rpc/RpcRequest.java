package io.riffle.runtime.rpc;

import java.util.Objects;
import java.util.UUID;

/**
 * A call of endpoint {@code endpoint}: the request message, answered by an {@link RpcResponse} with
 * the same call id.
 *
 * @param fencingToken the leader session of the endpoint the caller means (from its {@link
 *     RpcAddress}), or null; a fenced endpoint rejects a request whose token is not its current one
 */
public record RpcRequest(long callId, String endpoint, UUID fencingToken, Object payload) {

    public RpcRequest {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(payload, "payload");
    }

    /** A request without a fencing token. */
    public RpcRequest(long callId, String endpoint, Object payload) {
        this(callId, endpoint, null, payload);
    }
}
