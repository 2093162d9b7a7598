package io.riffle.taskmanager.internal.streamrecord;

/**
 * A record with its optional event timestamp.
 *
 * <p>Immutable: sources, the network input and operators make a new instance per record
 * ({@link #withValue}) rather than reuse one. A reused instance soon lives in the old generation,
 * and every young value stored into it then takes G1's slow write barrier (a fence and a card to
 * dirty), which cost three times the whole per-record work of a short chain; a new one is young,
 * and when the JIT inlines a chain, escape analysis often removes it altogether.
 */
public final class StreamRecord<T> extends StreamElement {

    private final T value;
    private final long timestamp;
    private final boolean hasTimestamp;

    public StreamRecord(T value) {
        this(value, 0, false);
    }

    public StreamRecord(T value, long timestamp) {
        this(value, timestamp, true);
    }

    private StreamRecord(T value, long timestamp, boolean hasTimestamp) {
        this.value = value;
        this.timestamp = timestamp;
        this.hasTimestamp = hasTimestamp;
    }

    /** A new record of {@code newValue} with this record's timestamp, or none as this one. */
    public <X> StreamRecord<X> withValue(X newValue) {
        return new StreamRecord<>(newValue, timestamp, hasTimestamp);
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

    @Override
    public String toString() {
        return "Record(" + value + (hasTimestamp ? " @ " + timestamp : "") + ")";
    }
}
