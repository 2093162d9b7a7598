package io.riffle.streaming.runtime.operators.windowing;

/** An element of a window as an evictor sees it: the value and its timestamp, if it had one. */
public final class TimestampedValue<T> {

    private final T value;
    private final long timestamp;
    private final boolean hasTimestamp;

    public TimestampedValue(T value) {
        this.value = value;
        this.timestamp = 0;
        this.hasTimestamp = false;
    }

    public TimestampedValue(T value, long timestamp) {
        this.value = value;
        this.timestamp = timestamp;
        this.hasTimestamp = true;
    }

    public static <T> TimestampedValue<T> from(T value, boolean hasTimestamp, long timestamp) {
        return hasTimestamp ? new TimestampedValue<>(value, timestamp) : new TimestampedValue<>(value);
    }

    public T getValue() {
        return value;
    }

    /** The timestamp; meaningful only if {@link #hasTimestamp()}. */
    public long getTimestamp() {
        return timestamp;
    }

    public boolean hasTimestamp() {
        return hasTimestamp;
    }

    @Override
    public String toString() {
        return hasTimestamp ? value + "@" + timestamp : String.valueOf(value);
    }
}
