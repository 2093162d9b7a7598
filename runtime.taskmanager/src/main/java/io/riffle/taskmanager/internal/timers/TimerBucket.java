package io.riffle.taskmanager.internal.timers;

import java.util.Iterator;
import java.util.LinkedHashSet;

/**
 * The keys with a timer at one timestamp, in registration order, each once. Most timestamps of
 * a timer-per-element workload hold one key, kept inline; a second key moves them into a set.
 */
final class TimerBucket<K> {

    private K single;
    private LinkedHashSet<K> many;

    /** Adds {@code key}; false if it is here already. */
    boolean add(K key) {
        if (many != null) {
            return many.add(key);
        }
        if (single == null) {
            single = key;
            return true;
        }
        if (single.equals(key)) {
            return false;
        }
        many = new LinkedHashSet<>();
        many.add(single);
        many.add(key);
        single = null;
        return true;
    }

    boolean remove(K key) {
        if (many != null) {
            return many.remove(key);
        }
        if (single != null && single.equals(key)) {
            single = null;
            return true;
        }
        return false;
    }

    boolean contains(K key) {
        return many != null ? many.contains(key) : single != null && single.equals(key);
    }

    /** The key registered first; the bucket must not be empty. */
    K first() {
        return many != null ? many.iterator().next() : single;
    }

    /** Removes and returns the key registered first; the bucket must not be empty. */
    K pollFirst() {
        if (many != null) {
            Iterator<K> keys = many.iterator();
            K first = keys.next();
            keys.remove();
            return first;
        }
        K first = single;
        single = null;
        return first;
    }

    boolean isEmpty() {
        return many != null ? many.isEmpty() : single == null;
    }
}
