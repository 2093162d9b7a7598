package io.riffle.taskmanager.internal.state;

import java.util.Arrays;

/**
 * The entries of one key group of one state: a hash table from (key, namespace) to value. One
 * lookup finds an entry by both parts without allocating a composite key, which matters for
 * window state, where every element touches (key, window) entries.
 *
 * <p>Chained buckets, a power-of-two table that doubles at 3/4 load. Not synchronized: the task
 * thread owns it.
 */
final class StateMap<K, N, V> {

    private static final int INITIAL_CAPACITY = 16;

    private Entry<K, N, V>[] table;
    private int size;
    private int threshold;

    StateMap() {
        table = newTable(INITIAL_CAPACITY);
        threshold = INITIAL_CAPACITY * 3 / 4;
    }

    V get(K key, N namespace) {
        int hash = hash(key, namespace);
        for (Entry<K, N, V> e = table[hash & (table.length - 1)]; e != null; e = e.next) {
            if (e.matches(hash, key, namespace)) {
                return e.value;
            }
        }
        return null;
    }

    /** Maps (key, namespace) to {@code value}, which must not be null (absence is no entry). */
    void put(K key, N namespace, V value) {
        int hash = hash(key, namespace);
        int index = hash & (table.length - 1);
        for (Entry<K, N, V> e = table[index]; e != null; e = e.next) {
            if (e.matches(hash, key, namespace)) {
                e.value = value;
                return;
            }
        }
        addEntry(index, key, namespace, hash, value);
    }

    private void addEntry(int index, K key, N namespace, int hash, V value) {
        table[index] = new Entry<>(key, namespace, hash, value, table[index]);
        if (++size > threshold) {
            grow();
        }
    }

    /** Replaces the value {@code v} of (key, namespace) with {@code transformation.apply(v, argument)} and returns it; null removes it. */
    <A> V transform(K key, N namespace, A argument, InternalValueState.StateTransformation<V, A> transformation) throws Exception {
        int hash = hash(key, namespace);
        int index = hash & (table.length - 1);
        for (Entry<K, N, V> e = table[index]; e != null; e = e.next) {
            if (e.matches(hash, key, namespace)) {
                V transformed = transformation.apply(e.value, argument);
                if (transformed == null) {
                    remove(key, namespace);
                } else {
                    e.value = transformed;
                }
                return transformed;
            }
        }
        V created = transformation.apply(null, argument);
        if (created != null) {
            addEntry(index, key, namespace, hash, created);
        }
        return created;
    }

    /** Removes the entry of (key, namespace) and returns its value, or {@code null} if there was none. */
    V remove(K key, N namespace) {
        int hash = hash(key, namespace);
        int index = hash & (table.length - 1);
        Entry<K, N, V> previous = null;
        for (Entry<K, N, V> e = table[index]; e != null; previous = e, e = e.next) {
            if (e.matches(hash, key, namespace)) {
                if (previous == null) {
                    table[index] = e.next;
                } else {
                    previous.next = e.next;
                }
                size--;
                return e.value;
            }
        }
        return null;
    }

    /** Removes the entry of (key, namespace) only while it still holds {@code value} (the same object). */
    void removeIfSame(K key, N namespace, V value) {
        if (get(key, namespace) == value) {
            remove(key, namespace);
        }
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(table, null);
        size = 0;
    }

    /** Visits every entry, in no particular order; the visitor must not modify this map. */
    void forEach(StateEntryVisitor<? super K, ? super N, ? super V> visitor) {
        for (Entry<K, N, V> bucket : table) {
            for (Entry<K, N, V> e = bucket; e != null; e = e.next) {
                visitor.visit(e.key, e.namespace, e.value);
            }
        }
    }

    private void grow() {
        Entry<K, N, V>[] old = table;
        Entry<K, N, V>[] grown = newTable(old.length * 2);
        int mask = grown.length - 1;
        for (Entry<K, N, V> bucket : old) {
            Entry<K, N, V> e = bucket;
            while (e != null) {
                Entry<K, N, V> next = e.next;
                int index = e.hash & mask;
                e.next = grown[index];
                grown[index] = e;
                e = next;
            }
        }
        table = grown;
        threshold = grown.length * 3 / 4;
    }

    /** Mixes both hash codes so that small keys and regular namespaces (window starts) spread over all buckets. */
    private static int hash(Object key, Object namespace) {
        int h = key.hashCode() * 31 + namespace.hashCode();
        // the finalizer of MurmurHash3
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    @SuppressWarnings("unchecked")
    private static <K, N, V> Entry<K, N, V>[] newTable(int capacity) {
        return (Entry<K, N, V>[]) new Entry[capacity];
    }

    private static final class Entry<K, N, V> {

        final K key;
        final N namespace;
        final int hash;
        V value;
        Entry<K, N, V> next;

        Entry(K key, N namespace, int hash, V value, Entry<K, N, V> next) {
            this.key = key;
            this.namespace = namespace;
            this.hash = hash;
            this.value = value;
            this.next = next;
        }

        boolean matches(int otherHash, Object otherKey, Object otherNamespace) {
            return hash == otherHash
                    && (namespace == otherNamespace || namespace.equals(otherNamespace))
                    && (key == otherKey || key.equals(otherKey));
        }
    }
}
