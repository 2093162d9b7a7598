package io.riffle.taskmanager.internal.state;

import io.riffle.api.common.state.ValueState;

/** Value state on the heap: the value object itself is the entry. */
final class HeapValueState<K, N, V> extends AbstractHeapState<K, N, V> implements ValueState<V> {

    HeapValueState(StateTable<K, N, V> table) {
        super(table);
    }

    @Override
    public V value() {
        return table.get();
    }

    /** {@code null} clears the entry, as in Flink. */
    @Override
    public void update(V value) {
        if (value == null) {
            table.remove();
        } else {
            table.put(value);
        }
    }
}
