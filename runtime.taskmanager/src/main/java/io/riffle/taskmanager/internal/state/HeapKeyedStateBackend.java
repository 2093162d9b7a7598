package io.riffle.taskmanager.internal.state;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.state.AggregatingState;
import io.riffle.api.common.state.AggregatingStateDescriptor;
import io.riffle.api.common.state.KeyedStateStore;
import io.riffle.api.common.state.ListState;
import io.riffle.api.common.state.ListStateDescriptor;
import io.riffle.api.common.state.MapState;
import io.riffle.api.common.state.MapStateDescriptor;
import io.riffle.api.common.state.ReducingState;
import io.riffle.api.common.state.ReducingStateDescriptor;
import io.riffle.api.common.state.State;
import io.riffle.api.common.state.StateDescriptor;
import io.riffle.api.common.state.ValueState;
import io.riffle.api.common.state.ValueStateDescriptor;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.runtime.state.KeyGroupRange;
import io.riffle.runtime.state.KeyGroupRangeAssignment;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keyed state of one operator subtask, kept as objects on the heap and partitioned by the key
 * groups of this subtask's range.
 *
 * <p>Used by the operator on its task thread only, so nothing is synchronized: the operator obtains
 * its states once (in {@code open()}), then per record calls {@link #setCurrentKey} and uses the
 * states, which read and write the current key's entry.
 *
 * <p>Values are stored by reference, without serialization or copies (like Flink's heap backend):
 * user code must not modify an object after handing it to {@code update}/{@code add}/{@code put},
 * nor the objects it reads, except by writing them back.
 *
 * <p>Registering a state initializes its descriptor's serializers (needed by checkpoints), so a type
 * without a serializer fails here, in {@code open()}, rather than at the first checkpoint. The same
 * name may be registered again with the same kind and declared classes, which returns the same
 * state (with the functions of the first registration); any other reuse of a name fails.
 *
 * @param <K> the key type
 */
public final class HeapKeyedStateBackend<K> implements KeyedStateStore {

    private static final TypeSerializer<VoidNamespace> VOID_NAMESPACE_SERIALIZER = new VoidNamespace.Serializer();

    private final KeyContext<K> keyContext;
    private final int maxParallelism;
    private final SerializerConfig serializerConfig;
    private final Map<String, RegisteredKeyedState<K>> states = new LinkedHashMap<>();
    private final CurrentNamespace<VoidNamespace> voidNamespace = new CurrentNamespace<>(VoidNamespace.INSTANCE);
    private boolean disposed;

    public HeapKeyedStateBackend(KeyGroupRange keyGroupRange, int maxParallelism, SerializerConfig serializerConfig) {
        Objects.requireNonNull(keyGroupRange, "key group range is null");
        KeyGroupRangeAssignment.checkParallelism(maxParallelism, 1);
        if (keyGroupRange.endKeyGroup() >= maxParallelism) {
            throw new IllegalArgumentException(keyGroupRange + " exceeds the " + maxParallelism
                    + " key groups of max parallelism " + maxParallelism);
        }
        this.keyContext = new KeyContext<>(keyGroupRange, maxParallelism);
        this.maxParallelism = maxParallelism;
        this.serializerConfig = Objects.requireNonNull(serializerConfig, "serializer config is null");
    }

    /**
     * Makes {@code key} the key that states read and write.
     *
     * @throws IllegalStateException if the key's group is outside this backend's range (a bug in the
     *     partitioning upstream)
     * @throws NullPointerException if {@code key} is null
     */
    public void setCurrentKey(K key) {
        keyContext.setCurrentKey(key);
    }

    /** The current key, or {@code null} before the first {@link #setCurrentKey}. */
    public K getCurrentKey() {
        return keyContext.currentKey();
    }

    /** The current key's group, or -1 before the first {@link #setCurrentKey}. */
    public int getCurrentKeyGroupIndex() {
        return keyContext.currentKeyGroup();
    }

    public KeyGroupRange getKeyGroupRange() {
        return keyContext.keyGroupRange();
    }

    public int getMaxParallelism() {
        return maxParallelism;
    }

    @Override
    public <T> ValueState<T> getState(ValueStateDescriptor<T> stateProperties) {
        return getOrCreateState(stateProperties, voidNamespace, VOID_NAMESPACE_SERIALIZER);
    }

    /** Value state with the runtime's one-lookup operations. */
    public <T> InternalValueState<T> getInternalState(ValueStateDescriptor<T> stateProperties) {
        return (InternalValueState<T>) getState(stateProperties);
    }

    @Override
    public <T> ListState<T> getListState(ListStateDescriptor<T> stateProperties) {
        return getOrCreateState(stateProperties, voidNamespace, VOID_NAMESPACE_SERIALIZER);
    }

    @Override
    public <T> ReducingState<T> getReducingState(ReducingStateDescriptor<T> stateProperties) {
        return getOrCreateState(stateProperties, voidNamespace, VOID_NAMESPACE_SERIALIZER);
    }

    @Override
    public <IN, ACC, OUT> AggregatingState<IN, OUT> getAggregatingState(
            AggregatingStateDescriptor<IN, ACC, OUT> stateProperties) {
        return getOrCreateState(stateProperties, voidNamespace, VOID_NAMESPACE_SERIALIZER);
    }

    @Override
    public <UK, UV> MapState<UK, UV> getMapState(MapStateDescriptor<UK, UV> stateProperties) {
        return getOrCreateState(stateProperties, voidNamespace, VOID_NAMESPACE_SERIALIZER);
    }

    /**
     * A store of states scoped to a namespace of type {@code N} (a window) besides the key: each of
     * its states reads and writes the entry of the current key and the store's current namespace.
     * Its states are registered here by name like plain keyed state, so checkpoints include them.
     */
    public <N> NamespacedStateStore<N> namespacedStore(TypeSerializer<N> namespaceSerializer) {
        return new NamespacedStateStore<>(this, Objects.requireNonNull(namespaceSerializer, "namespace serializer is null"));
    }

    /** The registered states in registration order, for checkpoints. */
    public Collection<RegisteredKeyedState<K>> registeredStates() {
        return Collections.unmodifiableCollection(states.values());
    }

    /** The number of (state, key) entries over all states. */
    public int numKeyValueEntries() {
        int entries = 0;
        for (RegisteredKeyedState<K> state : states.values()) {
            entries += state.table().size();
        }
        return entries;
    }

    /** The number of keys with an entry in state {@code stateName}. */
    public int numKeys(String stateName) {
        RegisteredKeyedState<K> state = states.get(stateName);
        if (state == null) {
            throw new IllegalArgumentException("no state named '" + stateName + "'; registered: " + states.keySet());
        }
        return state.table().size();
    }

    /** Drops all state. The backend must not be used afterwards. */
    public void dispose() {
        for (RegisteredKeyedState<K> state : states.values()) {
            state.table().clearAll();
        }
        states.clear();
        disposed = true;
    }

    /** The state {@code descriptor} names, in namespace {@code namespace}, registered on first use. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    <N, S extends State> S getOrCreateState(StateDescriptor<S, ?> descriptor, CurrentNamespace<N> namespace,
            TypeSerializer<N> namespaceSerializer) {
        RegisteredKeyedState<K> existing = lookUp(descriptor, namespace);
        if (existing != null) {
            return (S) existing.state();
        }
        StateTable table = new StateTable<>(keyContext, namespace, namespaceSerializer);
        State state = switch (descriptor.getType()) {
            case VALUE -> new HeapValueState<>(table);
            case LIST -> new HeapListState<>(table);
            case REDUCING -> new HeapReducingState<>(table, ((ReducingStateDescriptor) descriptor).getReduceFunction());
            case AGGREGATING -> new HeapAggregatingState<>(table, ((AggregatingStateDescriptor) descriptor).getAggregateFunction());
            case MAP -> new HeapMapState<>(table);
        };
        states.put(descriptor.getName(), new RegisteredKeyedState<>(descriptor, declaredTypes(descriptor), table, state));
        return (S) state;
    }

    /**
     * The registration of {@code descriptor}'s name, checked against the descriptor and the namespace
     * owner, or {@code null} if the name is new.
     */
    RegisteredKeyedState<K> lookUp(StateDescriptor<?, ?> descriptor, CurrentNamespace<?> namespace) {
        Objects.requireNonNull(descriptor, "state descriptor is null");
        if (disposed) {
            throw new IllegalStateException("cannot register state '" + descriptor.getName() + "': the state backend is disposed");
        }
        descriptor.initializeSerializerUnlessSet(serializerConfig);
        RegisteredKeyedState<K> existing = states.get(descriptor.getName());
        if (existing == null) {
            return null;
        }
        List<Class<?>> types = declaredTypes(descriptor);
        if (!existing.isCompatibleWith(descriptor, types)) {
            throw new IllegalStateException("state '" + descriptor.getName() + "' is already registered as "
                    + existing.describe() + "; cannot register it again as " + RegisteredKeyedState.describe(descriptor, types));
        }
        if (existing.table().namespaceHolder() != namespace) {
            throw new IllegalStateException("state '" + descriptor.getName() + "' is already registered "
                    + (namespace == voidNamespace ? "as window state; " : existing.table().namespaceHolder() == voidNamespace
                            ? "as keyed state of the key (not of a window); " : "by another window store; ")
                    + "give the states different names");
        }
        return existing;
    }

    /**
     * The classes a descriptor declares, to tell a repeated registration from a conflicting one.
     * Classes, not type information, are compared: type information need not implement equals, so
     * generic parameters (for example of tuples) are not told apart.
     */
    private static List<Class<?>> declaredTypes(StateDescriptor<?, ?> descriptor) {
        switch (descriptor.getType()) {
            case LIST:
                return Arrays.asList(typeClass(((ListStateDescriptor<?>) descriptor).getElementTypeInformation()));
            case MAP:
                MapStateDescriptor<?, ?> map = (MapStateDescriptor<?, ?>) descriptor;
                return Arrays.asList(typeClass(map.getKeyTypeInformation()), typeClass(map.getValueTypeInformation()));
            default:
                return Arrays.asList(typeClass(descriptor.getTypeInformation()));
        }
    }

    private static Class<?> typeClass(TypeInformation<?> typeInfo) {
        return typeInfo == null ? null : typeInfo.getTypeClass();
    }
}
