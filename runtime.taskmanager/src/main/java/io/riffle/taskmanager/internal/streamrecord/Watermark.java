package io.riffle.taskmanager.internal.streamrecord;

/** Event time has reached {@code timestamp}: no more records with a smaller or equal timestamp follow. */
public final class Watermark extends StreamElement {

    /** Sent when an input ends, so every event-time timer fires. */
    public static final Watermark MAX_WATERMARK = new Watermark(Long.MAX_VALUE);

    private final long timestamp;

    public Watermark(long timestamp) {
        this.timestamp = timestamp;
    }

    public long getTimestamp() {
        return timestamp;
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
        return "Watermark(" + timestamp + ")";
    }
}
