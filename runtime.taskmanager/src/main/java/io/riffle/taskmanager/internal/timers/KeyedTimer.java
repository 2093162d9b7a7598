package io.riffle.taskmanager.internal.timers;

/** A timer for one key at one timestamp, as the queue hands it out. */
public record KeyedTimer<K>(K key, long timestamp) {

    public K getKey() {
        return key;
    }

    public long getTimestamp() {
        return timestamp;
    }
}
