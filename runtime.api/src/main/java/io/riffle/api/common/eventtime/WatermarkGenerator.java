package io.riffle.api.common.eventtime;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Generates watermarks from the events it sees ({@link #onEvent}) or periodically
 * ({@link #onPeriodicEmit}, every {@code pipeline.auto-watermark-interval}). Called only on the
 * task thread.
 */
@ConsumerType
public interface WatermarkGenerator<T> {

    /** Sees each event with its assigned timestamp; may emit a watermark right away. */
    void onEvent(T event, long eventTimestamp, WatermarkOutput output);

    /** Called periodically; may emit a watermark. */
    void onPeriodicEmit(WatermarkOutput output);
}
