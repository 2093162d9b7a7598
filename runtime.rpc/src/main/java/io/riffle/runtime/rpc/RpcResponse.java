package io.riffle.runtime.rpc;

/**
 * The answer to the {@link RpcRequest} with the same call id: its result ({@code null} for calls
 * that return nothing), or why it failed.
 */
public record RpcResponse(long callId, Object payload, Throwable failure) {

    public RpcResponse {
        if (payload != null && failure != null) {
            throw new IllegalArgumentException("a response carries a result or a failure, not both");
        }
    }
}
