package io.riffle.runtime.rpc;

import java.io.IOException;

/**
 * A peer sent bytes that are not a valid frame of a known message; the transport closed that
 * connection. The message is the reason, as logged, e.g. {@code frame of 2147483647 bytes exceeds
 * the maximum of 67108864}.
 */
public final class ProtocolViolationException extends IOException {

    private static final long serialVersionUID = 1L;

    public ProtocolViolationException(String reason) {
        super(reason);
    }

    public ProtocolViolationException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
