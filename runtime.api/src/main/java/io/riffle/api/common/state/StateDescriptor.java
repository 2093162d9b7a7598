package io.riffle.api.common.state;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.TypeSerializer;
import java.io.Serializable;
import java.util.Objects;

/**
 * Names a keyed state and declares its kind and type. Job authors create the concrete descriptors
 * ({@link ValueStateDescriptor}, {@link ListStateDescriptor}, ...); the state backend initializes
 * the serializer when the state is registered. Two descriptors are equal when they are of the same
 * class and have the same name.
 *
 * @param <S> the state kind this descriptor creates
 * @param <T> the type of one key's entry ({@code List<E>} for list state, {@code Map<K, V>} for map
 *     state, the accumulator for aggregating state)
 */
public abstract class StateDescriptor<S extends State, T> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The state kinds. */
    public enum Type {
        VALUE,
        LIST,
        REDUCING,
        AGGREGATING,
        MAP
    }

    /** The state's name, unique within an operator. */
    protected final String name;

    /** Package-private: the set of state kinds is closed. */
    StateDescriptor(String name) {
        this.name = Objects.requireNonNull(name, "state name is null");
    }

    public String getName() {
        return name;
    }

    public abstract Type getType();

    /**
     * The type information of one key's entry, or {@code null} if the type was given as a class not
     * yet resolved (see {@link #initializeSerializerUnlessSet}). Always {@code null} for list and
     * map state, whose descriptors expose their component types instead.
     */
    public abstract TypeInformation<T> getTypeInformation();

    public abstract boolean isSerializerInitialized();

    /**
     * Resolves the declared types and creates the serializer(s) if not done yet. Fails if a type
     * given as a class has no serializer.
     */
    public abstract void initializeSerializerUnlessSet(SerializerConfig config);

    /**
     * The serializer of one key's entry.
     *
     * @throws IllegalStateException if {@link #initializeSerializerUnlessSet} has not run
     */
    public abstract TypeSerializer<T> getSerializer();

    @Override
    public final boolean equals(Object o) {
        return o == this || (o != null && o.getClass() == getClass() && name.equals(((StateDescriptor<?, ?>) o).name));
    }

    @Override
    public final int hashCode() {
        return name.hashCode() * 31 + getClass().hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{name=" + name + "}";
    }
}
