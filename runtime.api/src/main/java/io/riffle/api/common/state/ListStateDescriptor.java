package io.riffle.api.common.state;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.api.common.typeutils.base.ListSerializer;
import java.util.List;

/**
 * Describes a {@link ListState}: a list of elements of type {@code T} per key. The declared type is
 * the element type. Unlike Flink, {@link #getTypeInformation()} returns {@code null} (Riffle has no
 * list type information); use {@link #getElementTypeInformation()}.
 */
public class ListStateDescriptor<T> extends StateDescriptor<ListState<T>, List<T>> {

    private static final long serialVersionUID = 1L;

    private final StateType<T> elementType;
    private volatile ListSerializer<T> listSerializer;

    /** The element type is resolved from {@code elementTypeClass} when the state is registered. */
    public ListStateDescriptor(String name, Class<T> elementTypeClass) {
        super(name);
        this.elementType = StateType.of(name, "element", elementTypeClass);
    }

    public ListStateDescriptor(String name, TypeInformation<T> elementTypeInfo) {
        super(name);
        this.elementType = StateType.of(name, "element", elementTypeInfo);
    }

    @Override
    public Type getType() {
        return Type.LIST;
    }

    /** Always {@code null}; see {@link #getElementTypeInformation()}. */
    @Override
    public TypeInformation<List<T>> getTypeInformation() {
        return null;
    }

    /** The element type, or {@code null} while a class-given type is not yet resolved. */
    public TypeInformation<T> getElementTypeInformation() {
        return elementType.typeInformation();
    }

    @Override
    public boolean isSerializerInitialized() {
        return elementType.isSerializerInitialized();
    }

    @Override
    public void initializeSerializerUnlessSet(SerializerConfig config) {
        elementType.initializeSerializerUnlessSet(config);
    }

    public TypeSerializer<T> getElementSerializer() {
        return elementType.serializer(name);
    }

    /** Serializes a whole list: its size, then each element with the element serializer. */
    @Override
    public TypeSerializer<List<T>> getSerializer() {
        ListSerializer<T> s = listSerializer;
        if (s == null) {
            s = new ListSerializer<>(getElementSerializer());
            listSerializer = s;
        }
        return s;
    }

    @Override
    public String toString() {
        return "ListStateDescriptor{name=" + name + ", element=" + elementType.describe() + "}";
    }
}
