package io.riffle.taskmanager.internal.operators;

import io.riffle.util.clock.RelativeClock;

/**
 * The task's processing time as the clock watermark generators measure idleness with, so tests that
 * drive processing time by hand drive idleness too. (Unlike Flink's input activity clock it keeps
 * running while the task is back-pressured.)
 */
record ProcessingTimeClock(ProcessingTimeService processingTime) implements RelativeClock {

    @Override
    public long relativeTimeMillis() {
        return processingTime.getCurrentProcessingTime();
    }

    @Override
    public long relativeTimeNanos() {
        return processingTime.getCurrentProcessingTime() * 1_000_000;
    }
}
