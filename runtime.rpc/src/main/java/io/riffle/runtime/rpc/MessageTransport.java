package io.riffle.runtime.rpc;

import io.riffle.runtime.rpc.codec.MessageCodecRegistry;
import io.riffle.runtime.rpc.internal.NettyMessageTransport;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Accepts and opens connections that carry framed messages. One transport owns a fixed pool of
 * I/O threads ({@link TransportSettings#workerThreads()}) shared by all its connections, server
 * and client side alike; {@link #close()} closes every connection and stops those threads.
 *
 * <p>Futures returned here complete on an I/O thread: dependent stages must not block.
 */
@ProviderType
public interface MessageTransport extends AutoCloseable {

    /** A transport that speaks the messages of {@code codecs}. Starts its I/O threads. */
    static MessageTransport create(MessageCodecRegistry codecs, TransportSettings settings) {
        return new NettyMessageTransport(codecs, settings);
    }

    TransportSettings settings();

    /**
     * Listens on {@link TransportSettings#bindHost()} and {@link TransportSettings#port()}; every
     * accepted connection reports to {@code handler}. Completes with the bound address (with the
     * port actually chosen when the settings say 0), or fails if the address cannot be bound.
     */
    CompletableFuture<InetSocketAddress> bind(MessageHandler handler);

    /**
     * Opens a connection to {@code remote} whose events go to {@code handler}. Fails after
     * {@link TransportSettings#connectTimeout()} or when the peer refuses.
     */
    CompletableFuture<Connection> connect(InetSocketAddress remote, MessageHandler handler);

    /**
     * Closes all connections (each handler sees {@code onClosed}) and the listening sockets, then
     * shuts the I/O threads down, waiting a bounded time. Idempotent. Called on an I/O thread of
     * this transport, it does not wait for the threads to end.
     */
    @Override
    void close();
}
