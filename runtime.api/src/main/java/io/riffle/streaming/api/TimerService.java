package io.riffle.streaming.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads time and registers timers for the current key. Timers are deduplicated per key and
 * timestamp, and fire {@code onTimer} on the task thread, never concurrently with
 * {@code processElement}.
 */
@ProviderType
public interface TimerService {

    /** The current processing time in milliseconds since the epoch. */
    long currentProcessingTime();

    /** The current event-time watermark; {@code Long.MIN_VALUE} until event time is in use. */
    long currentWatermark();

    void registerProcessingTimeTimer(long time);

    void registerEventTimeTimer(long time);

    void deleteProcessingTimeTimer(long time);

    void deleteEventTimeTimer(long time);
}
