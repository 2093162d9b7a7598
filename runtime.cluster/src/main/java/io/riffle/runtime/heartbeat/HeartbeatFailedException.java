package io.riffle.runtime.heartbeat;

/** Heartbeat requests to a target failed too often in a row; the cause is the last failure. */
public final class HeartbeatFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    public HeartbeatFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
