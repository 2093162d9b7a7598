package io.riffle.runtime.heartbeat;

/**
 * How a {@link HeartbeatMonitor} asks and when it gives up.
 *
 * @param intervalMs time between two heartbeat requests to a target
 * @param timeoutMs a target none of whose requests sent in this time was answered is lost; longer
 *        than the interval, so that one slow answer is not a loss
 * @param failureThreshold this many failed requests in a row (e.g. the connection was refused: the
 *        process is gone) make the target lost at once, without waiting for the timeout
 */
public record HeartbeatSettings(long intervalMs, long timeoutMs, int failureThreshold) {

    /** Flink's failure threshold: one failed request may be a hiccup, two in a row are not. */
    public static final int DEFAULT_FAILURE_THRESHOLD = 2;
    /** 1 s / 5 s: with these, a TaskManager killed with SIGKILL is noticed within 5 s. */
    public static final HeartbeatSettings DEFAULTS = new HeartbeatSettings(1_000, 5_000, DEFAULT_FAILURE_THRESHOLD);

    public HeartbeatSettings {
        if (intervalMs < 1) {
            throw new IllegalArgumentException("heartbeat.interval must be at least 1 ms, got " + intervalMs + " ms");
        }
        if (timeoutMs <= intervalMs) {
            throw new IllegalArgumentException("heartbeat.timeout (" + timeoutMs + " ms) must be longer than heartbeat.interval ("
                    + intervalMs + " ms)");
        }
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("the heartbeat failure threshold must be at least 1, got " + failureThreshold);
        }
    }
}
