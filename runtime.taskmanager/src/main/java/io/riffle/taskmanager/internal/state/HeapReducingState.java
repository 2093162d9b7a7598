package io.riffle.taskmanager.internal.state;

import io.riffle.api.common.functions.ReduceFunction;
import io.riffle.api.common.state.ReducingState;

/** Reducing state on the heap: the running reduction is the entry, combined on each add. */
final class HeapReducingState<K, N, V> extends AbstractHeapState<K, N, V> implements ReducingState<V> {

    private final ReduceFunction<V> reduceFunction;

    HeapReducingState(StateTable<K, N, V> table, ReduceFunction<V> reduceFunction) {
        super(table);
        this.reduceFunction = reduceFunction;
    }

    /** The reduction, or {@code null} if nothing was added. */
    @Override
    public V get() {
        return table.get();
    }

    /** Combines {@code value} into the reduction; {@code null} clears it, as in Flink's heap backend. */
    @Override
    public void add(V value) throws Exception {
        if (value == null) {
            table.remove();
            return;
        }
        V current = table.get();
        table.put(current == null ? value : reduceFunction.reduce(current, value));
    }
}
