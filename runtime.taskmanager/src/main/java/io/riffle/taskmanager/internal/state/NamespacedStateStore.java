package io.riffle.taskmanager.internal.state;

import io.riffle.api.common.functions.ReduceFunction;
import io.riffle.api.common.state.AggregatingState;
import io.riffle.api.common.state.AggregatingStateDescriptor;
import io.riffle.api.common.state.KeyedStateStore;
import io.riffle.api.common.state.ListState;
import io.riffle.api.common.state.ListStateDescriptor;
import io.riffle.api.common.state.MapState;
import io.riffle.api.common.state.MapStateDescriptor;
import io.riffle.api.common.state.ReducingState;
import io.riffle.api.common.state.ReducingStateDescriptor;
import io.riffle.api.common.state.StateDescriptor;
import io.riffle.api.common.state.ValueState;
import io.riffle.api.common.state.ValueStateDescriptor;
import io.riffle.api.common.typeutils.TypeSerializer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.function.BinaryOperator;

/**
 * Keyed states scoped to a namespace besides the key, such as the window a window operator is
 * processing: all states of one store share its current namespace, set with
 * {@link #setCurrentNamespace}. The states live in the {@link HeapKeyedStateBackend} like plain
 * keyed state, partitioned by key group, so checkpoints include them.
 *
 * @param <N> the namespace type
 */
public final class NamespacedStateStore<N> implements KeyedStateStore {

    private final HeapKeyedStateBackend<?> backend;
    private final TypeSerializer<N> namespaceSerializer;
    private final CurrentNamespace<N> namespace = new CurrentNamespace<>(null);

    NamespacedStateStore(HeapKeyedStateBackend<?> backend, TypeSerializer<N> namespaceSerializer) {
        this.backend = backend;
        this.namespaceSerializer = namespaceSerializer;
    }

    /** Points every state of this store at {@code namespace} (of the backend's current key). */
    public void setCurrentNamespace(N namespace) {
        this.namespace.set(namespace);
    }

    @Override
    public <T> ValueState<T> getState(ValueStateDescriptor<T> stateProperties) {
        return backend.getOrCreateState(stateProperties, namespace, namespaceSerializer);
    }

    @Override
    public <T> ListState<T> getListState(ListStateDescriptor<T> stateProperties) {
        return backend.getOrCreateState(stateProperties, namespace, namespaceSerializer);
    }

    @Override
    public <T> ReducingState<T> getReducingState(ReducingStateDescriptor<T> stateProperties) {
        return backend.getOrCreateState(stateProperties, namespace, namespaceSerializer);
    }

    @Override
    public <IN, ACC, OUT> AggregatingState<IN, OUT> getAggregatingState(AggregatingStateDescriptor<IN, ACC, OUT> stateProperties) {
        return backend.getOrCreateState(stateProperties, namespace, namespaceSerializer);
    }

    @Override
    public <UK, UV> MapState<UK, UV> getMapState(MapStateDescriptor<UK, UV> stateProperties) {
        return backend.getOrCreateState(stateProperties, namespace, namespaceSerializer);
    }

    /**
     * Merges the current key's entries of {@code sources} into {@code target}'s, as when windows
     * merge: reducing and aggregating state with the descriptor's function, lists and maps by
     * concatenation. Does nothing if the state was never registered.
     *
     * @throws IllegalArgumentException for value state, which has no way to merge
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void mergeNamespaces(StateDescriptor<?, ?> descriptor, N target, Collection<N> sources) {
        BinaryOperator combine = switch (descriptor.getType()) {
            case LIST -> (a, b) -> {
                ((ArrayList<Object>) a).addAll((ArrayList<Object>) b);
                return a;
            };
            case MAP -> (a, b) -> {
                ((HashMap<Object, Object>) a).putAll((HashMap<Object, Object>) b);
                return a;
            };
            case REDUCING -> reducing(((ReducingStateDescriptor) descriptor).getReduceFunction(), descriptor.getName());
            case AGGREGATING -> ((AggregatingStateDescriptor) descriptor).getAggregateFunction()::merge;
            case VALUE -> throw new IllegalArgumentException("value state '" + descriptor.getName()
                    + "' cannot be merged; use reducing, aggregating or list state for state of merging windows");
        };
        mergeValues(descriptor, target, sources, combine);
    }

    /** Merges the current key's entries of {@code sources} into {@code target}'s with {@code combine}. */
    @SuppressWarnings("unchecked")
    public <V> void mergeValues(StateDescriptor<?, ?> descriptor, N target, Collection<N> sources, BinaryOperator<V> combine) {
        RegisteredKeyedState<?> registered = backend.lookUp(descriptor, namespace);
        if (registered != null) {
            ((StateTable<?, N, V>) registered.table()).mergeNamespaces(target, sources, combine);
        }
    }

    private static <T> BinaryOperator<T> reducing(ReduceFunction<T> function, String stateName) {
        return (a, b) -> {
            try {
                return function.reduce(a, b);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new StateMergeException("the reduce function of state '" + stateName + "' failed while merging windows", e);
            }
        };
    }

    /** A user function failed while merging state; carries its checked exception as the cause. */
    public static final class StateMergeException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public StateMergeException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
