package io.riffle.taskmanager.internal.network.netty;

import java.time.Duration;
import java.util.Objects;

/**
 * How a TaskManager exchanges data with other TaskManagers.
 *
 * @param buffersPerChannel exclusive network buffers of each remote input channel, announced as its
 *     initial credit ({@code taskmanager.network.memory.buffers-per-channel}); at least 1, so every
 *     channel can always make progress
 * @param floatingBuffersPerGate buffers an input gate with remote channels shares among them for
 *     channels whose sender reports a backlog ({@code taskmanager.network.memory.floating-buffers-per-gate}); 0 for none
 * @param maxFrameSize the largest frame payload accepted or sent; must hold one network buffer plus
 *     the buffer response's fields, and an error response
 * @param ioThreads Netty I/O threads of the TaskManager's data server and client together
 * @param connectTimeout how long connecting to another TaskManager's data server may take
 */
public record ExchangeSettings(int buffersPerChannel, int floatingBuffersPerGate, int maxFrameSize, int ioThreads,
        Duration connectTimeout) {

    /** Twice Flink's 2 and 8: across processes a credit round trip on a busy host, not the wire, limits a channel. */
    public static final int DEFAULT_BUFFERS_PER_CHANNEL = 4;
    public static final int DEFAULT_FLOATING_BUFFERS_PER_GATE = 16;
    public static final int DEFAULT_IO_THREADS = 2;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The smallest maximum frame: an error response of {@link ErrorResponse#MAX_MESSAGE_CHARS} characters fits. */
    public static final int MIN_MAX_FRAME_SIZE = 16 * 1024;

    public ExchangeSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (buffersPerChannel < 1) {
            throw new IllegalArgumentException("buffers per channel must be at least 1, got " + buffersPerChannel);
        }
        if (floatingBuffersPerGate < 0) {
            throw new IllegalArgumentException("floating buffers per gate must not be negative, got " + floatingBuffersPerGate);
        }
        if (maxFrameSize < MIN_MAX_FRAME_SIZE) {
            throw new IllegalArgumentException("the maximum frame size must be at least " + MIN_MAX_FRAME_SIZE + " bytes, got " + maxFrameSize);
        }
        if (ioThreads < 1) {
            throw new IllegalArgumentException("I/O threads must be at least 1, got " + ioThreads);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || connectTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("connect timeout must be positive and below 24 days, got " + connectTimeout);
        }
    }

    /** The defaults for network buffers of {@code segmentSize} bytes: frames just large enough for one. */
    public static ExchangeSettings defaults(int segmentSize) {
        return new ExchangeSettings(DEFAULT_BUFFERS_PER_CHANNEL, DEFAULT_FLOATING_BUFFERS_PER_GATE, frameSizeFor(segmentSize),
                DEFAULT_IO_THREADS, DEFAULT_CONNECT_TIMEOUT);
    }

    /** The maximum frame size that holds a buffer response of one network buffer of {@code segmentSize} bytes. */
    public static int frameSizeFor(int segmentSize) {
        return Math.max(MIN_MAX_FRAME_SIZE, segmentSize + DataFrameFormat.BUFFER_RESPONSE_OVERHEAD);
    }

    public ExchangeSettings withBuffers(int buffersPerChannel, int floatingBuffersPerGate) {
        return new ExchangeSettings(buffersPerChannel, floatingBuffersPerGate, maxFrameSize, ioThreads, connectTimeout);
    }

    /** Checks that a network buffer of {@code segmentSize} bytes fits a frame. */
    public void checkFits(int segmentSize) {
        if (segmentSize + DataFrameFormat.BUFFER_RESPONSE_OVERHEAD > maxFrameSize) {
            throw new IllegalArgumentException("a network buffer of " + segmentSize + " bytes does not fit the maximum frame size of "
                    + maxFrameSize + " bytes (it needs " + (segmentSize + DataFrameFormat.BUFFER_RESPONSE_OVERHEAD) + ")");
        }
    }
}
