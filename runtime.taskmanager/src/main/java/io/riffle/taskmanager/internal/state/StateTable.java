package io.riffle.taskmanager.internal.state;

import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.runtime.state.KeyGroupRange;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

/**
 * The entries of one registered state: one {@link StateMap} from (key, namespace) to value per key
 * group of the backend's range, so a checkpoint can write (and a restore can read) state one key
 * group at a time. Accessors work on the current key of the shared {@link KeyContext} and the
 * current namespace of the state's owner ({@link VoidNamespace} for plain keyed state).
 *
 * <p>A (key, namespace) without an entry has no mapping: states remove the entry instead of storing
 * empty values.
 *
 * @param <K> the key type
 * @param <N> the namespace type (a window type, or {@link VoidNamespace})
 * @param <V> the type of one entry (a value, an {@code ArrayList}, a {@code HashMap}, an accumulator)
 */
public final class StateTable<K, N, V> {

    private final KeyContext<K> keyContext;
    private final CurrentNamespace<N> namespace;
    private final TypeSerializer<N> namespaceSerializer;
    private final StateMap<K, N, V>[] partitions;

    @SuppressWarnings("unchecked")
    StateTable(KeyContext<K> keyContext, CurrentNamespace<N> namespace, TypeSerializer<N> namespaceSerializer) {
        this.keyContext = keyContext;
        this.namespace = namespace;
        this.namespaceSerializer = namespaceSerializer;
        this.partitions = (StateMap<K, N, V>[]) new StateMap[keyContext.keyGroupRange().numberOfKeyGroups()];
        for (int i = 0; i < partitions.length; i++) {
            partitions[i] = new StateMap<>();
        }
    }

    /** The current entry, or {@code null}. */
    V get() {
        return get(namespace.get());
    }

    void put(V value) {
        put(namespace.get(), value);
    }

    /** The current entry, created by {@code factory} if absent. */
    V computeIfAbsent(Supplier<? extends V> factory) {
        K key = keyContext.requireCurrentKey();
        N current = namespace.get();
        StateMap<K, N, V> map = currentMap();
        V value = map.get(key, current);
        if (value == null) {
            value = factory.get();
            map.put(key, current, value);
        }
        return value;
    }

    void remove() {
        remove(namespace.get());
    }

    /** The current entry replaced by {@code transformation} in one lookup, and returned; a null result removes it. */
    <A> V transform(A argument, InternalValueState.StateTransformation<V, A> transformation) throws Exception {
        K key = keyContext.requireCurrentKey();
        return currentMap().transform(key, namespace.get(), argument, transformation);
    }

    N currentNamespace() {
        return namespace.get();
    }

    /** The current key's entry in {@code ns}, or {@code null}. */
    V get(N ns) {
        K key = keyContext.requireCurrentKey();
        return currentMap().get(key, ns);
    }

    void put(N ns, V value) {
        K key = keyContext.requireCurrentKey();
        currentMap().put(key, ns, value);
    }

    /** Removes the current key's entry in {@code ns} and returns it, or {@code null}. */
    V remove(N ns) {
        K key = keyContext.requireCurrentKey();
        return currentMap().remove(key, ns);
    }

    /**
     * Moves the current key's entries of {@code sources} into {@code target}'s, combining two values
     * with {@code combine}, as when windows merge.
     */
    void mergeNamespaces(N target, Iterable<N> sources, BinaryOperator<V> combine) {
        for (N source : sources) {
            if (source.equals(target)) {
                continue;
            }
            V moved = remove(source);
            if (moved != null) {
                V existing = get(target);
                put(target, existing == null ? moved : combine.apply(existing, moved));
            }
        }
    }

    /** Removes the current entry only while it is still {@code value}, for views that outlive a change of key or namespace. */
    Runnable remover(V value) {
        K key = keyContext.requireCurrentKey();
        N current = namespace.get();
        StateMap<K, N, V> map = currentMap();
        return () -> map.removeIfSame(key, current, value);
    }

    /** The current key group's map; call after {@link KeyContext#requireCurrentKey}, which fails without a key. */
    private StateMap<K, N, V> currentMap() {
        return partitions[keyContext.currentPartition()];
    }

    /** Visits the entries of one key group, for checkpoints. */
    public void forEachEntry(int keyGroup, StateEntryVisitor<? super K, ? super N, ? super V> visitor) {
        partitions[partitionOf(keyGroup)].forEach(visitor);
    }

    /** The number of entries in one key group. */
    public int keyGroupSize(int keyGroup) {
        return partitions[partitionOf(keyGroup)].size();
    }

    private int partitionOf(int keyGroup) {
        KeyGroupRange range = keyContext.keyGroupRange();
        if (!range.contains(keyGroup)) {
            throw new IllegalArgumentException("key group " + keyGroup + " outside " + range);
        }
        return keyGroup - range.startKeyGroup();
    }

    public KeyGroupRange keyGroupRange() {
        return keyContext.keyGroupRange();
    }

    /** How a checkpoint writes this table's namespaces. */
    public TypeSerializer<N> namespaceSerializer() {
        return namespaceSerializer;
    }

    /** The namespace holder this table reads, to tell the owners of a state name apart. */
    CurrentNamespace<N> namespaceHolder() {
        return namespace;
    }

    /** The number of (key, namespace) entries. */
    public int size() {
        int size = 0;
        for (StateMap<K, N, V> partition : partitions) {
            size += partition.size();
        }
        return size;
    }

    void clearAll() {
        for (StateMap<K, N, V> partition : partitions) {
            partition.clear();
        }
    }
}
