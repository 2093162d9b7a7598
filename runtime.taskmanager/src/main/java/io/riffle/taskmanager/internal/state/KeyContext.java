package io.riffle.taskmanager.internal.state;

import io.riffle.runtime.state.KeyGroupRange;
import io.riffle.runtime.state.KeyGroupRangeAssignment;

/**
 * The key the task thread is processing and its key group, shared by all state tables of one
 * backend. The key group is computed once per {@link #setCurrentKey} so that every state access
 * afterwards is one array index plus one hash lookup.
 *
 * <p>Single-threaded: only the task thread touches it.
 */
final class KeyContext<K> {

    private final KeyGroupRange keyGroupRange;
    private final int maxParallelism;

    private K currentKey;
    private int currentKeyGroup = -1;
    private int currentPartition = -1;

    KeyContext(KeyGroupRange keyGroupRange, int maxParallelism) {
        this.keyGroupRange = keyGroupRange;
        this.maxParallelism = maxParallelism;
    }

    void setCurrentKey(K key) {
        int keyGroup = KeyGroupRangeAssignment.assignToKeyGroup(key, maxParallelism);
        if (!keyGroupRange.contains(keyGroup)) {
            // The partitioner upstream sent the key to the wrong subtask: state would be lost on rescale.
            throw new IllegalStateException("key '" + key + "' belongs to key group " + keyGroup + " (max parallelism "
                    + maxParallelism + "), outside this backend's " + keyGroupRange);
        }
        currentKey = key;
        currentKeyGroup = keyGroup;
        currentPartition = keyGroup - keyGroupRange.startKeyGroup();
    }

    K currentKey() {
        return currentKey;
    }

    /** The current key, failing if none is set: state is only accessible while processing a key. */
    K requireCurrentKey() {
        K key = currentKey;
        if (key == null) {
            throw new IllegalStateException("no current key: keyed state is only accessible while processing a keyed record or timer");
        }
        return key;
    }

    /** The current key group, or -1 if no key is set. */
    int currentKeyGroup() {
        return currentKeyGroup;
    }

    /** The current key group relative to the range start: the index into a state table's partitions. */
    int currentPartition() {
        return currentPartition;
    }

    KeyGroupRange keyGroupRange() {
        return keyGroupRange;
    }
}
