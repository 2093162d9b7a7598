package io.riffle.taskmanager.internal.state;

import io.riffle.api.common.state.State;

/**
 * What all heap states share: the table they store in, and {@link #clear()} removing the current
 * key's entry.
 */
abstract class AbstractHeapState<K, V> implements State {

    final StateTable<K, V> table;

    AbstractHeapState(StateTable<K, V> table) {
        this.table = table;
    }

    @Override
    public void clear() {
        table.remove();
    }
}
