package io.riffle.taskmanager.internal.timers;

/**
 * A timer for one key at one timestamp. Equal timers have equal key and timestamp; the sequence
 * number (registration order) only breaks ties in firing order, and the heap index lets the queue
 * remove a timer in O(log n).
 */
public final class KeyedTimer<K> {

    private final K key;
    private final long timestamp;
    final long sequence;
    int heapIndex = -1;

    KeyedTimer(K key, long timestamp, long sequence) {
        this.key = key;
        this.timestamp = timestamp;
        this.sequence = sequence;
    }

    public K getKey() {
        return key;
    }

    public long getTimestamp() {
        return timestamp;
    }

    /** Whether this timer fires before {@code other}: earlier timestamp, then earlier registration. */
    boolean firesBefore(KeyedTimer<?> other) {
        return timestamp != other.timestamp ? timestamp < other.timestamp : sequence < other.sequence;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof KeyedTimer<?> t && timestamp == t.timestamp && key.equals(t.key));
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Long.hashCode(timestamp);
    }

    @Override
    public String toString() {
        return "KeyedTimer{key=" + key + ", timestamp=" + timestamp + "}";
    }
}
