package io.riffle.taskmanager.internal.operators;

/**
 * Processing time for operators: the clock, and callbacks at a time, run on the task thread (never
 * concurrently with record processing).
 */
public interface ProcessingTimeService {

    long getCurrentProcessingTime();

    /** Runs {@code callback} on the task thread once the clock reaches {@code timestamp}. */
    void registerTimer(long timestamp, ProcessingTimeCallback callback);

    /** Work to do on the task thread at a processing time. */
    @FunctionalInterface
    interface ProcessingTimeCallback {

        void onProcessingTime(long timestamp) throws Exception;
    }
}
