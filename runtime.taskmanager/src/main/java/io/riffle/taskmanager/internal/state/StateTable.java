package io.riffle.taskmanager.internal.state;

import io.riffle.runtime.state.KeyGroupRange;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The entries of one registered state: one {@link HashMap} from key to value per key group of the
 * backend's range, so a checkpoint can write (and a restore can read) state one key group at a time.
 * Accessors without a key argument work on the current key of the shared {@link KeyContext}.
 *
 * <p>A key without an entry has no mapping: states remove the entry instead of storing empty values.
 *
 * @param <K> the key type
 * @param <V> the type of one key's entry (a value, an {@code ArrayList}, a {@code HashMap}, an accumulator)
 */
public final class StateTable<K, V> {

    private final KeyContext<K> keyContext;
    private final KeyGroupRange keyGroupRange;
    private final HashMap<K, V>[] partitions;

    @SuppressWarnings("unchecked")
    StateTable(KeyContext<K> keyContext) {
        this.keyContext = keyContext;
        this.keyGroupRange = keyContext.keyGroupRange();
        this.partitions = (HashMap<K, V>[]) new HashMap[keyGroupRange.numberOfKeyGroups()];
        for (int i = 0; i < partitions.length; i++) {
            partitions[i] = new HashMap<>();
        }
    }

    /** The current key's entry, or {@code null}. */
    V get() {
        K key = keyContext.requireCurrentKey();
        return partitions[keyContext.currentPartition()].get(key);
    }

    void put(V value) {
        K key = keyContext.requireCurrentKey();
        partitions[keyContext.currentPartition()].put(key, value);
    }

    /** The current key's entry, created by {@code factory} if absent (pass a constant, not a new lambda). */
    V computeIfAbsent(Function<? super K, ? extends V> factory) {
        K key = keyContext.requireCurrentKey();
        return partitions[keyContext.currentPartition()].computeIfAbsent(key, factory);
    }

    void remove() {
        K key = keyContext.requireCurrentKey();
        partitions[keyContext.currentPartition()].remove(key);
    }

    /** The current key, failing if none is set. */
    K currentKey() {
        return keyContext.requireCurrentKey();
    }

    /** The partition of the current key's group, for views that outlive a change of the current key. */
    HashMap<K, V> currentPartition() {
        keyContext.requireCurrentKey();
        return partitions[keyContext.currentPartition()];
    }

    /** A read-only view of one key group's entries, for checkpoints. */
    public Map<K, V> keyGroupEntries(int keyGroup) {
        if (!keyGroupRange.contains(keyGroup)) {
            throw new IllegalArgumentException("key group " + keyGroup + " outside " + keyGroupRange);
        }
        return Collections.unmodifiableMap(partitions[keyGroup - keyGroupRange.startKeyGroup()]);
    }

    public KeyGroupRange keyGroupRange() {
        return keyGroupRange;
    }

    /** The number of keys with an entry. */
    public int size() {
        int size = 0;
        for (HashMap<K, V> partition : partitions) {
            size += partition.size();
        }
        return size;
    }

    void clearAll() {
        for (HashMap<K, V> partition : partitions) {
            partition.clear();
        }
    }
}
