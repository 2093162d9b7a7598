package io.riffle.taskmanager.internal.state;

import io.riffle.api.common.state.State;

/**
 * What all heap states share: the table they store in, and {@link #clear()} removing the current
 * key's entry.
 */
abstract class AbstractHeapState<K, N, V> implements State {

    final StateTable<K, N, V> table;

    AbstractHeapState(StateTable<K, N, V> table) {
        this.table = table;
    }

    @Override
    public void clear() {
        table.remove();
    }
}
