package io.riffle.taskmanager.internal.network.netty;

import java.io.IOException;

/** A peer broke the data protocol (bad frame, unknown type, credit or sequence violated): its connection is closed. */
public final class DataProtocolException extends IOException {

    private static final long serialVersionUID = 1L;

    public DataProtocolException(String message) {
        super(message);
    }

    public DataProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
