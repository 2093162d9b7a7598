package io.riffle.runtime.rpc;

/** A remote call failed: the endpoint refused or failed it, the connection was lost, or no answer came in time. */
public final class RemoteCallException extends Exception {

    private static final long serialVersionUID = 1L;

    public RemoteCallException(String message, Throwable cause) {
        super(message, cause);
    }
}
