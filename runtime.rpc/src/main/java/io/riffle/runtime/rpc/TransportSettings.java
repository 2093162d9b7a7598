package io.riffle.runtime.rpc;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link MessageTransport} listens, connects and limits frames. Start from {@link
 * #defaults()} and change what differs with the {@code with*} methods.
 *
 * @param bindHost the address {@link MessageTransport#bind} listens on
 * @param port the port to listen on; 0 picks a free one
 * @param maxFrameSize the largest payload a frame may carry, in bytes (the 9-byte header not
 *     counted); larger incoming frames close the connection, larger outgoing messages fail to send
 * @param connectTimeout how long {@link MessageTransport#connect} may take
 * @param workerThreads the I/O threads shared by all connections of the transport
 */
public record TransportSettings(String bindHost, int port, int maxFrameSize, Duration connectTimeout, int workerThreads) {

    /** Loopback, so that an unconfigured process is not reachable from other hosts. */
    public static final String DEFAULT_BIND_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 0;
    public static final int DEFAULT_MAX_FRAME_SIZE = 64 * 1024 * 1024;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Control-plane traffic is light and handlers hand work off, so a couple of threads suffice. */
    public static final int DEFAULT_WORKER_THREADS = 2;
    /** The largest {@code maxFrameSize}: header and payload must fit in one buffer. */
    public static final int MAX_FRAME_SIZE_LIMIT = Integer.MAX_VALUE - 64;

    public TransportSettings {
        Objects.requireNonNull(bindHost, "bindHost");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        if (maxFrameSize < 1 || maxFrameSize > MAX_FRAME_SIZE_LIMIT) {
            throw new IllegalArgumentException("maxFrameSize must be between 1 and " + MAX_FRAME_SIZE_LIMIT + ": " + maxFrameSize);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || connectTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("connectTimeout must be positive and below 24 days: " + connectTimeout);
        }
        if (workerThreads < 1) {
            throw new IllegalArgumentException("workerThreads must be at least 1: " + workerThreads);
        }
    }

    public static TransportSettings defaults() {
        return new TransportSettings(DEFAULT_BIND_HOST, DEFAULT_PORT, DEFAULT_MAX_FRAME_SIZE, DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_WORKER_THREADS);
    }

    public TransportSettings withBindHost(String bindHost) {
        return new TransportSettings(bindHost, port, maxFrameSize, connectTimeout, workerThreads);
    }

    public TransportSettings withPort(int port) {
        return new TransportSettings(bindHost, port, maxFrameSize, connectTimeout, workerThreads);
    }

    public TransportSettings withMaxFrameSize(int maxFrameSize) {
        return new TransportSettings(bindHost, port, maxFrameSize, connectTimeout, workerThreads);
    }

    public TransportSettings withConnectTimeout(Duration connectTimeout) {
        return new TransportSettings(bindHost, port, maxFrameSize, connectTimeout, workerThreads);
    }

    public TransportSettings withWorkerThreads(int workerThreads) {
        return new TransportSettings(bindHost, port, maxFrameSize, connectTimeout, workerThreads);
    }
}
