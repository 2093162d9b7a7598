package io.riffle.taskmanager.internal.timers;

import java.util.ArrayDeque;
import java.util.HashMap;

/**
 * The keys with a timer at one timestamp, in registration order, each once. Most timestamps of
 * a timer-per-element workload hold one key, kept inline; a second key moves them into a queue in
 * registration order plus a map to find a key's registration. Deleting only marks the registration
 * dead, and polling skips dead ones, so every operation is O(1) (amortized) and polling needs no
 * iterator.
 */
final class TimerBucket<K> {

    private K single;
    private ArrayDeque<Registration<K>> order;
    private HashMap<K, Registration<K>> live;

    /** Adds {@code key}; false if it is here already. */
    boolean add(K key) {
        if (live != null) {
            return addToQueue(key);
        }
        if (single == null) {
            single = key;
            return true;
        }
        if (single.equals(key)) {
            return false;
        }
        order = new ArrayDeque<>();
        live = new HashMap<>();
        addToQueue(single);
        single = null;
        return addToQueue(key);
    }

    private boolean addToQueue(K key) {
        Registration<K> registration = new Registration<>(key);
        if (live.putIfAbsent(key, registration) != null) {
            return false;
        }
        order.add(registration);
        return true;
    }

    boolean remove(K key) {
        if (live != null) {
            Registration<K> registration = live.remove(key);
            if (registration == null) {
                return false;
            }
            registration.deleted = true;
            if (order.size() > 2 * live.size() + 16) {
                order.removeIf(queued -> queued.deleted); // keeps a bucket that is deleted from and re-added to bounded
            }
            return true;
        }
        if (single != null && single.equals(key)) {
            single = null;
            return true;
        }
        return false;
    }

    boolean contains(K key) {
        return live != null ? live.containsKey(key) : single != null && single.equals(key);
    }

    /** The key registered first; the bucket must not be empty. */
    K first() {
        if (live == null) {
            return single;
        }
        dropDeadHead();
        return order.peek().key;
    }

    /** Removes and returns the key registered first; the bucket must not be empty. */
    K pollFirst() {
        if (live == null) {
            K first = single;
            single = null;
            return first;
        }
        dropDeadHead();
        K first = order.poll().key;
        live.remove(first);
        return first;
    }

    /** Registrations queued, dead ones included (for tests of the bound). */
    int queued() {
        return live == null ? (single == null ? 0 : 1) : order.size();
    }

    boolean isEmpty() {
        return live != null ? live.isEmpty() : single == null;
    }

    private void dropDeadHead() {
        while (order.peek().deleted) {
            order.poll();
        }
    }

    /** One registration of a key; a deleted one stays queued until polling reaches it. */
    private static final class Registration<K> {

        final K key;
        boolean deleted;

        Registration(K key) {
            this.key = key;
        }
    }
}
