package io.riffle.runtime.rpc;

import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One TCP connection of a {@link MessageTransport}, accepted or opened. Thread-safe: any thread may
 * send; messages sent from one thread go out in the order sent.
 */
@ProviderType
public interface Connection {

    InetSocketAddress remoteAddress();

    /**
     * Queues {@code message} in the connection's outbound buffer and flushes it. The future
     * completes (on an I/O thread) once the frame is written to the socket, and fails if the
     * connection is closed, the message's class has no codec, its codec fails, or its encoding
     * exceeds the maximum frame size; a failed encoding writes nothing, so the connection stays
     * usable.
     *
     * <p>The outbound buffer itself is not bounded: senders that may produce faster than the peer
     * reads check {@link #isWritable()} and hold back while it is {@code false}.
     */
    CompletableFuture<Void> send(Object message);

    /**
     * False while more than the high water mark (64 KiB) waits in the outbound buffer, true again
     * once it drains below the low water mark (32 KiB): a slow or stuck peer becomes visible here.
     */
    boolean isWritable();

    /** Closes the connection; returns {@link #closeFuture()}. */
    CompletableFuture<Void> close();

    /**
     * Completes, always normally, after the connection has closed for any reason and the handler's
     * {@link MessageHandler#onClosed} has returned. Why it closed is told to {@code onClosed}.
     */
    CompletableFuture<Void> closeFuture();
}
