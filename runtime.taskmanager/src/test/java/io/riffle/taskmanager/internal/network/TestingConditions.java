package io.riffle.taskmanager.internal.network;

import static org.junit.Assert.fail;

import java.util.function.BooleanSupplier;

/** Waits for a condition another thread brings about, up to a generous deadline that only stops a hang. */
public final class TestingConditions {

    public static final long DEADLINE_MILLIS = 30_000;

    private TestingConditions() {}

    public static void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE_MILLIS * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out after " + DEADLINE_MILLIS + " ms waiting until " + what);
            }
            Thread.yield();
        }
    }

    /** Whether {@code thread} is parked (in {@code Condition.await}) rather than running. */
    public static boolean isParked(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }
}
