package io.riffle.taskmanager.internal.state;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.runtime.state.KeyGroupRange;
import io.riffle.runtime.state.KeyGroupRangeAssignment;

/** Backends and keys for state tests. */
final class TestingStateBackends {

    static final int MAX_PARALLELISM = 128;

    private TestingStateBackends() {}

    /** A backend owning all key groups, so any key can be set. */
    static <K> HeapKeyedStateBackend<K> owningAllKeyGroups() {
        return new HeapKeyedStateBackend<>(new KeyGroupRange(0, MAX_PARALLELISM - 1), MAX_PARALLELISM, new SerializerConfig());
    }

    /** A backend owning the key groups of subtask {@code index} of {@code parallelism}. */
    static <K> HeapKeyedStateBackend<K> ofSubtask(int index, int parallelism) {
        KeyGroupRange range = KeyGroupRangeAssignment.computeKeyGroupRangeForOperatorIndex(MAX_PARALLELISM, parallelism, index);
        return new HeapKeyedStateBackend<>(range, MAX_PARALLELISM, new SerializerConfig());
    }

    /** The first key "key-N" that subtask {@code index} of {@code parallelism} does (or does not) own. */
    static String stringKey(int index, int parallelism, boolean owned) {
        for (int n = 0; ; n++) {
            String key = "key-" + n;
            boolean isOwned = KeyGroupRangeAssignment.assignKeyToParallelOperator(key, MAX_PARALLELISM, parallelism) == index;
            if (isOwned == owned) {
                return key;
            }
        }
    }
}
