package io.riffle.taskmanager.internal.state;

import io.riffle.api.common.state.State;
import io.riffle.api.common.state.StateDescriptor;
import java.util.List;

/**
 * One state registered with a {@link HeapKeyedStateBackend}: the descriptor it was first registered
 * with (whose serializers are initialized, for checkpoints), its table and the state object handed
 * to the user.
 */
public record RegisteredKeyedState<K>(
        StateDescriptor<?, ?> descriptor, List<Class<?>> declaredTypes, StateTable<K, ?, ?> table, State state) {

    public String name() {
        return descriptor.getName();
    }

    /** Whether {@code other} asks for this same state: same kind and same declared classes. */
    boolean isCompatibleWith(StateDescriptor<?, ?> other, List<Class<?>> otherTypes) {
        return descriptor.getType() == other.getType() && declaredTypes.equals(otherTypes);
    }

    String describe() {
        return describe(descriptor, declaredTypes);
    }

    static String describe(StateDescriptor<?, ?> descriptor, List<Class<?>> types) {
        StringBuilder sb = new StringBuilder(descriptor.getType().name()).append(" state of ");
        for (int i = 0; i < types.size(); i++) {
            sb.append(i == 0 ? "" : " -> ").append(types.get(i).getName());
        }
        return sb.toString();
    }
}
