package io.riffle.embedded;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** Waits for a condition to a deadline, checking every few milliseconds; the deadline only stops a hang. */
final class Poll {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private Poll() {}

    static void until(Callable<Boolean> condition, String what) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + DEADLINE.toSeconds() + " s waiting until " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }
}
