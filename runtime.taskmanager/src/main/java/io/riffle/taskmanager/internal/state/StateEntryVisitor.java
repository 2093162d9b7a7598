package io.riffle.taskmanager.internal.state;

/** Receives the entries of a state table's key group, one (key, namespace, value) at a time. */
@FunctionalInterface
public interface StateEntryVisitor<K, N, V> {

    void visit(K key, N namespace, V value);
}
