package io.riffle.api.common.eventtime;

import java.io.Serializable;
import java.time.Instant;

/**
 * Event time has reached {@code timestamp}: no more records with a timestamp at or before it are
 * expected. What a {@link WatermarkGenerator} emits through its {@link WatermarkOutput}.
 */
public final class Watermark implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The end of event time, emitted when a bounded input ends. */
    public static final Watermark MAX_WATERMARK = new Watermark(Long.MAX_VALUE);

    private final long timestamp;

    public Watermark(long timestamp) {
        this.timestamp = timestamp;
    }

    public long getTimestamp() {
        return timestamp;
    }

    /** The timestamp as an ISO-8601 instant, for logs. */
    public String getFormattedTimestamp() {
        return Instant.ofEpochMilli(timestamp).toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Watermark w && w.timestamp == timestamp;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(timestamp);
    }

    @Override
    public String toString() {
        return "Watermark @ " + timestamp;
    }
}
