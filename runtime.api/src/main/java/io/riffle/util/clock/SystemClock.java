package io.riffle.util.clock;

/** The JVM's monotonic clock. */
public final class SystemClock implements RelativeClock {

    private static final SystemClock INSTANCE = new SystemClock();

    private SystemClock() {}

    public static SystemClock getInstance() {
        return INSTANCE;
    }

    @Override
    public long relativeTimeMillis() {
        return System.nanoTime() / 1_000_000;
    }

    @Override
    public long relativeTimeNanos() {
        return System.nanoTime();
    }
}
