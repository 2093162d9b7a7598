package io.riffle.launcher.it;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for a condition up to a deadline, for state that changes asynchronously and announces
 * no event (such as a component's state after SCR's and the ResourceManager's own threads ran).
 * The deadline only stops a hang; a passing test returns as soon as the condition holds.
 */
final class Poll {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private Poll() {
    }

    /** Returns the first value of {@code probe} that meets {@code condition}; fails with the last one seen. */
    static <T> T until(String what, Supplier<T> probe, Predicate<? super T> condition) {
        return until(what, probe, condition, TIMEOUT, Duration.ofNanos(INTERVAL_NANOS));
    }

    /** As above, for slower conditions (a job run) or costlier probes (a REST call) than the default's. */
    static <T> T until(String what, Supplier<T> probe, Predicate<? super T> condition, Duration timeout, Duration interval) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = probe.get();
        while (!condition.test(value)) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + "; last seen: " + value);
            }
            LockSupport.parkNanos(interval.toNanos());
            value = probe.get();
        }
        return value;
    }
}
