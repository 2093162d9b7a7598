package io.riffle.taskmanager.internal.windowing;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.streaming.api.windowing.windows.Window;
import java.util.Objects;

/** The type of the windows an assigner makes, for state descriptors: its serializer comes from the assigner. */
final class WindowTypeInfo<W extends Window> extends TypeInformation<W> {

    private static final long serialVersionUID = 1L;

    private final TypeSerializer<W> serializer;

    WindowTypeInfo(TypeSerializer<W> serializer) {
        this.serializer = Objects.requireNonNull(serializer, "window serializer is null");
    }

    @Override
    @SuppressWarnings("unchecked")
    public Class<W> getTypeClass() {
        return (Class<W>) (Class<?>) Window.class;
    }

    @Override
    public boolean isKeyType() {
        return true;
    }

    @Override
    public TypeSerializer<W> createSerializer(SerializerConfig config) {
        return serializer.duplicate();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof WindowTypeInfo<?> other && serializer.equals(other.serializer);
    }

    @Override
    public int hashCode() {
        return serializer.hashCode();
    }

    @Override
    public String toString() {
        return "Window(" + serializer.getClass().getSimpleName() + ")";
    }
}
