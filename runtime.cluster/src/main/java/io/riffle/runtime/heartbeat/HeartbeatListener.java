package io.riffle.runtime.heartbeat;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when a {@link HeartbeatMonitor} gives a target up. Called on the monitor's timer thread or on
 * the thread that failed the last request, once per monitored target: it must hand work on, never block.
 */
@ConsumerType
@FunctionalInterface
public interface HeartbeatListener<K> {

    /**
     * @param cause why: a {@link java.util.concurrent.TimeoutException} when no heartbeat was
     *        answered for the timeout, or a {@link HeartbeatFailedException} after failed requests
     */
    void targetLost(K target, Exception cause);
}
