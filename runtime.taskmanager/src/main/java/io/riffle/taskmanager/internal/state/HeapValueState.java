package io.riffle.taskmanager.internal.state;


/** Value state on the heap: the value object itself is the entry. */
final class HeapValueState<K, N, V> extends AbstractHeapState<K, N, V> implements InternalValueState<V> {

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

    @Override
    public <A> V transform(A argument, StateTransformation<V, A> transformation) throws Exception {
        return table.transform(argument, transformation);
    }

    @Override
    public V getAndClear() {
        return table.remove(table.currentNamespace());
    }
}
