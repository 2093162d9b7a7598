package io.riffle.api.common.eventtime;

import io.riffle.util.clock.RelativeClock;
import java.time.Duration;

/**
 * Tells when an input has seen no activity for a timeout. Checked only from periodic emission, so it
 * reads the clock rarely rather than per event.
 */
final class IdlenessTimer {

    private final RelativeClock clock;
    private final long timeoutNanos;
    private long counter;
    private long lastCounter;
    private long startOfInactivityNanos;

    IdlenessTimer(RelativeClock clock, Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("idle timeout must be positive, was " + timeout);
        }
        this.clock = clock;
        this.timeoutNanos = timeout.toNanos();
    }

    void activity() {
        counter++;
    }

    /** Whether nothing happened for the timeout; the inactivity clock starts at the first check without activity. */
    boolean checkIfIdle() {
        if (counter != lastCounter) {
            lastCounter = counter;
            startOfInactivityNanos = 0;
            return false;
        }
        long now = clock.relativeTimeNanos();
        if (startOfInactivityNanos == 0) {
            // Counted from now, not from the last event: a slow periodic call must not make an input idle early.
            startOfInactivityNanos = now == 0 ? 1 : now;
            return false;
        }
        return now - startOfInactivityNanos >= timeoutNanos;
    }
}
