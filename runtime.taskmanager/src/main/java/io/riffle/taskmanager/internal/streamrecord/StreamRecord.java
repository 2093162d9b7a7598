package io.riffle.taskmanager.internal.streamrecord;

/**
 * A record with its optional event timestamp. Mutable on purpose: an operator chain reuses one
 * instance per output instead of allocating one per record.
 */
public final class StreamRecord<T> extends StreamElement {

    private T value;
    private long timestamp;
    private boolean hasTimestamp;

    public StreamRecord(T value) {
        this.value = value;
    }

    public StreamRecord(T value, long timestamp) {
        this.value = value;
        this.timestamp = timestamp;
        this.hasTimestamp = true;
    }

    public T getValue() {
        return value;
    }

    public long getTimestamp() {
        return hasTimestamp ? timestamp : Long.MIN_VALUE;
    }

    public boolean hasTimestamp() {
        return hasTimestamp;
    }

    /** Replaces the value and keeps the timestamp, returning this record retyped. */
    @SuppressWarnings("unchecked")
    public <X> StreamRecord<X> replace(X newValue) {
        this.value = (T) newValue;
        return (StreamRecord<X>) this;
    }

    @SuppressWarnings("unchecked")
    public <X> StreamRecord<X> replace(X newValue, long newTimestamp) {
        this.value = (T) newValue;
        this.timestamp = newTimestamp;
        this.hasTimestamp = true;
        return (StreamRecord<X>) this;
    }

    public void setTimestamp(long timestamp) {
        this.timestamp = timestamp;
        this.hasTimestamp = true;
    }

    public void eraseTimestamp() {
        this.hasTimestamp = false;
    }

    @Override
    public String toString() {
        return "Record(" + value + (hasTimestamp ? " @ " + timestamp : "") + ")";
    }
}
