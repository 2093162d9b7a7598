package io.riffle.taskmanager.internal.state;

import io.riffle.api.common.state.MapState;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Map state on the heap: a {@link HashMap} per key, never empty (removing the last mapping removes
 * the key's entry, also through an iterator's {@code remove()}). User values may be null, user keys
 * may not (they could not be written to a checkpoint).
 */
final class HeapMapState<K, N, UK, UV> extends AbstractHeapState<K, N, HashMap<UK, UV>> implements MapState<UK, UV> {

    HeapMapState(StateTable<K, N, HashMap<UK, UV>> table) {
        super(table);
    }

    @Override
    public UV get(UK key) {
        HashMap<UK, UV> map = table.get();
        return map == null ? null : map.get(key);
    }

    @Override
    public void put(UK key, UV value) {
        Objects.requireNonNull(key, "map state keys must not be null");
        table.computeIfAbsent(HashMap::new).put(key, value);
    }

    @Override
    public void putAll(Map<UK, UV> map) {
        if (map == null || map.isEmpty()) {
            return;
        }
        for (UK key : map.keySet()) {
            Objects.requireNonNull(key, "map state keys must not be null");
        }
        table.computeIfAbsent(HashMap::new).putAll(map);
    }

    @Override
    public void remove(UK key) {
        HashMap<UK, UV> map = table.get();
        if (map != null) {
            map.remove(key);
            if (map.isEmpty()) {
                table.remove();
            }
        }
    }

    @Override
    public boolean contains(UK key) {
        HashMap<UK, UV> map = table.get();
        return map != null && map.containsKey(key);
    }

    @Override
    public Iterable<Map.Entry<UK, UV>> entries() {
        return view(Map::entrySet);
    }

    @Override
    public Iterable<UK> keys() {
        return view(Map::keySet);
    }

    @Override
    public Iterable<UV> values() {
        return view(Map::values);
    }

    @Override
    public Iterator<Map.Entry<UK, UV>> iterator() {
        return entries().iterator();
    }

    @Override
    public boolean isEmpty() {
        HashMap<UK, UV> map = table.get();
        return map == null || map.isEmpty();
    }

    /** A view of the current key's map that drops the key's entry when an iterator empties the map. */
    private <T> Iterable<T> view(Function<HashMap<UK, UV>, Collection<T>> part) {
        HashMap<UK, UV> map = table.get();
        if (map == null) {
            return Collections.emptyList();
        }
        // Captured now: the current key may change before the iterable is used.
        Runnable removeEntry = table.remover(map);
        return () -> new EmptyingIterator<>(part.apply(map).iterator(), map, removeEntry);
    }

    private static final class EmptyingIterator<T> implements Iterator<T> {

        private final Iterator<T> delegate;
        private final Map<?, ?> userMap;
        private final Runnable removeEntry;

        EmptyingIterator(Iterator<T> delegate, Map<?, ?> userMap, Runnable removeEntry) {
            this.delegate = delegate;
            this.userMap = userMap;
            this.removeEntry = removeEntry;
        }

        @Override
        public boolean hasNext() {
            return delegate.hasNext();
        }

        @Override
        public T next() {
            return delegate.next();
        }

        @Override
        public void remove() {
            delegate.remove();
            if (userMap.isEmpty()) {
                removeEntry.run();
            }
        }
    }
}
