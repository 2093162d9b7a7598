package io.riffle.api.common.typeutils;

import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import java.io.Serializable;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes values of one type to a {@link DataOutputView} and reads them back. A serializer is built
 * once per type (never per record) and travels with the job graph, so it must be
 * {@link Serializable}; anything it derives by reflection is rebuilt after deserialization.
 *
 * <p>A serializer that keeps mutable state while it works returns a fresh copy from
 * {@link #duplicate()}; stateless ones return {@code this}. Each task thread uses its own duplicate.
 */
@ConsumerType
public abstract class TypeSerializer<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whether values of this type can never change after creation, so they need no copies. */
    public abstract boolean isImmutableType();

    /** A serializer safe to use from another thread: {@code this} when the serializer is stateless. */
    public abstract TypeSerializer<T> duplicate();

    /** A deep copy of {@code from}; immutable types may return it unchanged. */
    public abstract T copy(T from);

    /** The fixed serialized length in bytes, or -1 if it varies. */
    public abstract int getLength();

    public abstract void serialize(T record, DataOutputView target) throws IOException;

    public abstract T deserialize(DataInputView source) throws IOException;
}
