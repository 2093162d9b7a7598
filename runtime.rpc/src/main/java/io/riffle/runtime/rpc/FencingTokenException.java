package io.riffle.runtime.rpc;

import java.util.UUID;

/**
 * A fenced endpoint rejected a request: it carried the fencing token of another leader session (or
 * none), so it was meant for an earlier (or a later) leader of that endpoint. The caller receives
 * it as the cause of a {@link RemoteCallException}, mirrored with this class's name.
 */
public final class FencingTokenException extends Exception {

    private static final long serialVersionUID = 1L;

    public FencingTokenException(String endpoint, Object request, UUID requestToken, UUID currentToken) {
        super(messageOf(endpoint, request, requestToken, currentToken));
    }

    private static String messageOf(String endpoint, Object request, UUID requestToken, UUID currentToken) {
        String what = request.getClass().getSimpleName() + " to endpoint '" + endpoint + "'";
        if (requestToken == null) {
            return what + " carries no fencing token, but the endpoint is fenced by " + currentToken
                    + ": the request comes from a caller that does not know the current leader session and is ignored";
        }
        return what + ": fencing token " + requestToken + " does not match the current " + currentToken
                + ": the request comes from a stale address of an earlier leader session and is ignored";
    }
}
