package io.riffle.runtime.rpc;

import java.time.Duration;
import java.util.Objects;

/**
 * @param callTimeout how long a call waits for its answer before it fails
 * @param maxPendingCalls calls waiting for answers at once; more fail at once instead of queueing
 */
public record RpcSettings(Duration callTimeout, int maxPendingCalls) {

    public static RpcSettings defaults() {
        return new RpcSettings(Duration.ofSeconds(10), 10_000);
    }

    public RpcSettings {
        Objects.requireNonNull(callTimeout, "callTimeout");
        if (callTimeout.isNegative() || callTimeout.isZero()) {
            throw new IllegalArgumentException("call timeout must be positive, got " + callTimeout);
        }
        if (maxPendingCalls < 1) {
            throw new IllegalArgumentException("max pending calls must be at least 1, got " + maxPendingCalls);
        }
    }
}
