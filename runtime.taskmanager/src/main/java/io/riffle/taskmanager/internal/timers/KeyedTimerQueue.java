package io.riffle.taskmanager.internal.timers;

import java.util.HashMap;
import java.util.Objects;

/**
 * The timers of one time domain of a keyed operator: at most one timer per (key, timestamp), fired
 * in timestamp order (ties in registration order). The queue does not know whether timestamps are
 * processing or event time: the task keeps one queue per domain and calls {@link #advance} when
 * the clock or the watermark moves.
 *
 * <p>Used on the task thread only; not synchronized. Adding, deleting and polling are O(log n).
 *
 * @param <K> the key type
 */
public final class KeyedTimerQueue<K> {

    private final TimerHeap<K> heap = new TimerHeap<>();
    /** Every queued timer mapped to itself, to find duplicates and timers to delete. */
    private final HashMap<KeyedTimer<K>, KeyedTimer<K>> timers = new HashMap<>();
    private long nextSequence;

    /**
     * Registers a timer for {@code key} at {@code timestamp}.
     *
     * @return false if that timer was already registered (it is kept once)
     */
    public boolean add(K key, long timestamp) {
        Objects.requireNonNull(key, "timer key is null");
        KeyedTimer<K> timer = new KeyedTimer<>(key, timestamp, nextSequence);
        if (timers.putIfAbsent(timer, timer) != null) {
            return false;
        }
        nextSequence++;
        heap.add(timer);
        return true;
    }

    /**
     * Deletes the timer for {@code key} at {@code timestamp}.
     *
     * @return false if there was no such timer
     */
    public boolean delete(K key, long timestamp) {
        Objects.requireNonNull(key, "timer key is null");
        KeyedTimer<K> timer = timers.remove(new KeyedTimer<>(key, timestamp, -1));
        if (timer == null) {
            return false;
        }
        heap.remove(timer);
        return true;
    }

    public boolean contains(K key, long timestamp) {
        return timers.containsKey(new KeyedTimer<>(key, timestamp, -1));
    }

    /** The timer that fires next, or {@code null}. */
    public KeyedTimer<K> peek() {
        return heap.peek();
    }

    /** Removes and returns the timer that fires next, or {@code null}. */
    public KeyedTimer<K> poll() {
        KeyedTimer<K> timer = heap.poll();
        if (timer != null) {
            timers.remove(timer);
        }
        return timer;
    }

    /** The timestamp of the next timer, or {@link Long#MAX_VALUE} if there is none. */
    public long earliestTimestamp() {
        KeyedTimer<K> next = heap.peek();
        return next == null ? Long.MAX_VALUE : next.getTimestamp();
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
        KeyedTimer<K> next;
        while ((next = heap.peek()) != null && next.getTimestamp() <= time) {
            poll();
            fired++;
            callback.onTimer(next.getKey(), next.getTimestamp());
        }
        return fired;
    }

    public int size() {
        return heap.size();
    }

    public boolean isEmpty() {
        return heap.size() == 0;
    }
}
