package io.riffle.taskmanager.internal.state;

import io.riffle.api.common.state.ListState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * List state on the heap: an {@link ArrayList} per key, never empty (an empty list is no entry).
 * {@link #get()} returns the stored list itself, as Flink's heap backend does: callers must not
 * modify it, nor add to the state while iterating it.
 */
final class HeapListState<K, N, V> extends AbstractHeapState<K, N, ArrayList<V>> implements ListState<V> {

    HeapListState(StateTable<K, N, ArrayList<V>> table) {
        super(table);
    }

    @Override
    public Iterable<V> get() {
        ArrayList<V> list = table.get();
        return list != null ? list : Collections.emptyList();
    }

    @Override
    public void add(V value) {
        Objects.requireNonNull(value, "you cannot add null to a ListState");
        table.computeIfAbsent(ArrayList::new).add(value);
    }

    @Override
    public void update(List<V> values) {
        Objects.requireNonNull(values, "list of values to update a ListState with is null");
        if (values.isEmpty()) {
            table.remove();
            return;
        }
        ArrayList<V> list = new ArrayList<>(values.size());
        addNonNull(values, list);
        table.put(list);
    }

    @Override
    public void addAll(List<V> values) {
        Objects.requireNonNull(values, "list of values to add to a ListState is null");
        if (values.isEmpty()) {
            return;
        }
        ArrayList<V> existing = table.get();
        if (existing == null) {
            update(values);
        } else {
            existing.ensureCapacity(existing.size() + values.size());
            addNonNull(values, existing);
        }
    }

    private static <V> void addNonNull(List<V> values, ArrayList<V> target) {
        for (V value : values) {
            // Checked before adding so that a null element leaves no half-added list behind.
            Objects.requireNonNull(value, "you cannot add null to a ListState");
        }
        target.addAll(values);
    }
}
