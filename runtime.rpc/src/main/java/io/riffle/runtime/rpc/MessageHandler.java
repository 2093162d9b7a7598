package io.riffle.runtime.rpc;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives the events of connections: implemented by users of a {@link MessageTransport}.
 *
 * <p><b>Threading.</b> Every callback runs on one of the transport's few I/O threads, which also
 * serve many other connections. A callback must return quickly and never block (no waiting on
 * futures, locks held by slow code, or I/O): hand the work to the endpoint's main-thread executor
 * and return. For one connection the callbacks arrive on one thread, in order: {@code onConnected},
 * then each {@code onMessage} in the order the messages were sent, then {@code onClosed}. A
 * callback that throws is logged and does not close the connection.
 */
@ConsumerType
public interface MessageHandler {

    /** The connection is open; messages may be sent on it from now on. */
    default void onConnected(Connection connection) {}

    /** A complete, decoded message arrived on {@code connection}. */
    void onMessage(Connection connection, Object message);

    /**
     * The connection is closed. {@code causeOrNull} is null for an orderly close by either side; a
     * {@link ProtocolViolationException} when the peer sent bytes that are not valid frames (the
     * transport logged it and closed the connection); another exception when the socket failed.
     */
    default void onClosed(Connection connection, Throwable causeOrNull) {}
}
