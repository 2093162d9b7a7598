package io.riffle.jobmanager.internal.jobmaster;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * What a job does when a task fails or a TaskManager is lost: fail (Flink's {@code none}), or cancel
 * every task and deploy the whole job again after {@code delay}, at most {@code maxRestarts} times
 * (Flink's {@code fixed-delay}). A full restart starts every task afresh: with no checkpoints yet,
 * sources read again from the start.
 */
public record RestartStrategy(int maxRestarts, Duration delay) {

    public static final RestartStrategy NONE = new RestartStrategy(0, Duration.ZERO);

    public RestartStrategy {
        Objects.requireNonNull(delay, "delay");
        if (maxRestarts < 0) {
            throw new IllegalArgumentException("restart attempts must not be negative, got " + maxRestarts);
        }
        if (delay.isNegative()) {
            throw new IllegalArgumentException("restart delay must not be negative, got " + delay);
        }
    }

    public static RestartStrategy fixedDelay(int attempts, Duration delay) {
        return new RestartStrategy(attempts, delay);
    }

    /**
     * The strategy named as in riffle.yaml's {@code restart-strategy.type}.
     *
     * @throws IllegalArgumentException for an unknown type, naming the known ones
     */
    public static RestartStrategy of(String type, int attempts, Duration delay) {
        return switch (type.trim().toLowerCase(Locale.ROOT)) {
            case "none", "off", "disable" -> NONE;
            case "fixed-delay", "fixeddelay" -> fixedDelay(attempts, delay);
            default -> throw new IllegalArgumentException("unknown restart-strategy.type '" + type + "': use none or fixed-delay");
        };
    }

    /** Whether a job that restarted {@code restartsSoFar} times may restart once more. */
    public boolean canRestart(int restartsSoFar) {
        return restartsSoFar < maxRestarts;
    }

    @Override
    public String toString() {
        return maxRestarts == 0 ? "none" : "fixed-delay (" + maxRestarts + " attempts, " + delay.toMillis() + " ms delay)";
    }
}
