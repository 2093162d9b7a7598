package io.riffle.taskmanager.internal.network.netty;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What a data server has done, for metrics and tests: connections accepted, credit granted by
 * consumers, buffers sent. A credit-based sender keeps {@code buffersSent <= creditGranted}.
 */
public final class ServerCounters {

    private final AtomicLong connectionsAccepted = new AtomicLong();
    private final AtomicLong creditGranted = new AtomicLong();
    private final AtomicLong buffersSent = new AtomicLong();

    void connectionAccepted() {
        connectionsAccepted.incrementAndGet();
    }

    void creditGranted(int credit) {
        creditGranted.addAndGet(credit);
    }

    void bufferSent() {
        buffersSent.incrementAndGet();
    }

    public long connectionsAccepted() {
        return connectionsAccepted.get();
    }

    /**
     * Read after {@link #buffersSent()} when comparing the two: both only grow, so a grant and sends
     * racing with the reads cannot make the check fail.
     */
    public long creditGranted() {
        return creditGranted.get();
    }

    public long buffersSent() {
        return buffersSent.get();
    }
}
