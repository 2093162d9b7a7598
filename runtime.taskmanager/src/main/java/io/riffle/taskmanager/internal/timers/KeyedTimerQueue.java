package io.riffle.taskmanager.internal.timers;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The timers of one time domain of a keyed operator: at most one timer per (key, timestamp), fired
 * in timestamp order (ties in registration order). The queue does not know whether timestamps are
 * processing or event time: the task keeps one queue per domain and calls {@link #advance} when
 * the clock or the watermark moves.
 *
 * <p>Timers are kept in buckets per timestamp, in a sorted map: window operators register many
 * timers at few timestamps (every key's window ends at the same time), so most operations find
 * their bucket without a search (the last one used is remembered) and polling never reorders a
 * heap. Adding, deleting and polling are O(log t) for t distinct timestamps.
 *
 * <p>Used on the task thread only; not synchronized.
 *
 * @param <K> the key type
 */
public final class KeyedTimerQueue<K> {

    private final TreeMap<Long, TimerBucket<K>> buckets = new TreeMap<>();
    private int size;
    /** The bucket used last and its timestamp: consecutive registrations mostly share a timestamp. */
    private TimerBucket<K> lastBucket;
    private long lastTimestamp;
    /** The timestamp {@link #advance} is firing, and whether a timer earlier than it came in meanwhile. */
    private long firing = Long.MAX_VALUE;
    private boolean earlierAdded;
    /** The timer fired last: a trigger's clear() deletes the very timer that fired, which is no longer queued. */
    private K firedKey;
    private long firedTimestamp;

    /**
     * Registers a timer for {@code key} at {@code timestamp}.
     *
     * @return false if that timer was already registered (it is kept once)
     */
    public boolean add(K key, long timestamp) {
        Objects.requireNonNull(key, "timer key is null");
        if (timestamp < firing) {
            earlierAdded = true;
        }
        if (firedKey != null && timestamp == firedTimestamp && firedKey.equals(key)) {
            firedKey = null; // queued again: a delete must look for it
        }
        TimerBucket<K> bucket = bucket(timestamp);
        if (bucket == null) {
            bucket = new TimerBucket<>();
            buckets.put(timestamp, bucket);
            remember(timestamp, bucket);
        }
        if (!bucket.add(key)) {
            return false;
        }
        size++;
        return true;
    }

    /**
     * Deletes the timer for {@code key} at {@code timestamp}.
     *
     * @return false if there was no such timer
     */
    public boolean delete(K key, long timestamp) {
        Objects.requireNonNull(key, "timer key is null");
        if (timestamp == firedTimestamp && key.equals(firedKey)) {
            return false;
        }
        TimerBucket<K> bucket = bucket(timestamp);
        if (bucket == null || !bucket.remove(key)) {
            return false;
        }
        size--;
        dropIfEmpty(timestamp, bucket);
        return true;
    }

    public boolean contains(K key, long timestamp) {
        TimerBucket<K> bucket = bucket(timestamp);
        return bucket != null && bucket.contains(key);
    }

    /** The timer that fires next, or {@code null}. */
    public KeyedTimer<K> peek() {
        Map.Entry<Long, TimerBucket<K>> first = buckets.firstEntry();
        return first == null ? null : new KeyedTimer<>(first.getValue().first(), first.getKey());
    }

    /** Removes and returns the timer that fires next, or {@code null}. */
    public KeyedTimer<K> poll() {
        Map.Entry<Long, TimerBucket<K>> first = buckets.firstEntry();
        if (first == null) {
            return null;
        }
        long timestamp = first.getKey();
        K key = first.getValue().pollFirst();
        size--;
        dropIfEmpty(timestamp, first.getValue());
        return new KeyedTimer<>(key, timestamp);
    }

    /** The timestamp of the next timer, or {@link Long#MAX_VALUE} if there is none. */
    public long earliestTimestamp() {
        return buckets.isEmpty() ? Long.MAX_VALUE : buckets.firstKey();
    }

    /**
     * Fires, in order, every timer with timestamp {@code <= time}: removes it, then passes it to
     * {@code callback}. The callback may add and delete timers; added timers {@code <= time} fire in
     * this same call, as in Flink, even if earlier than the timer that added them. A callback that
     * always re-adds a timer {@code <= time} therefore never lets this call return. If the callback
     * throws, the timer it was given is gone and the later ones stay queued.
     *
     * @return the number of timers fired
     */
    public int advance(long time, TimerCallback<? super K> callback) throws Exception {
        int fired = 0;
        Map.Entry<Long, TimerBucket<K>> first;
        try {
            while ((first = buckets.firstEntry()) != null && first.getKey() <= time) {
                long timestamp = first.getKey();
                TimerBucket<K> bucket = first.getValue();
                firing = timestamp;
                earlierAdded = false;
                // drain the earliest bucket without searching the map again, until a callback adds an earlier timer
                do {
                    K key = bucket.pollFirst();
                    size--;
                    fired++;
                    dropIfEmpty(timestamp, bucket);
                    firedKey = key;
                    firedTimestamp = timestamp;
                    callback.onTimer(key, timestamp);
                } while (!bucket.isEmpty() && !earlierAdded);
            }
        } finally {
            firing = Long.MAX_VALUE;
            firedKey = null;
        }
        return fired;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    private TimerBucket<K> bucket(long timestamp) {
        if (lastBucket != null && lastTimestamp == timestamp) {
            return lastBucket;
        }
        TimerBucket<K> bucket = buckets.get(timestamp);
        if (bucket != null) {
            remember(timestamp, bucket);
        }
        return bucket;
    }

    private void remember(long timestamp, TimerBucket<K> bucket) {
        lastTimestamp = timestamp;
        lastBucket = bucket;
    }

    private void dropIfEmpty(long timestamp, TimerBucket<K> bucket) {
        if (bucket.isEmpty()) {
            buckets.remove(timestamp);
            if (lastBucket == bucket) {
                lastBucket = null;
            }
        }
    }
}
