package io.riffle.api.common.state;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.TypeSerializer;

/** Describes a {@link ValueState}: one value of type {@code T} per key. */
public class ValueStateDescriptor<T> extends StateDescriptor<ValueState<T>, T> {

    private static final long serialVersionUID = 1L;

    private final StateType<T> valueType;

    /** The type is resolved from {@code typeClass} when the state is registered. */
    public ValueStateDescriptor(String name, Class<T> typeClass) {
        super(name);
        this.valueType = StateType.of(name, "value", typeClass);
    }

    public ValueStateDescriptor(String name, TypeInformation<T> typeInfo) {
        super(name);
        this.valueType = StateType.of(name, "value", typeInfo);
    }

    @Override
    public Type getType() {
        return Type.VALUE;
    }

    @Override
    public TypeInformation<T> getTypeInformation() {
        return valueType.typeInformation();
    }

    @Override
    public boolean isSerializerInitialized() {
        return valueType.isSerializerInitialized();
    }

    @Override
    public void initializeSerializerUnlessSet(SerializerConfig config) {
        valueType.initializeSerializerUnlessSet(config);
    }

    @Override
    public TypeSerializer<T> getSerializer() {
        return valueType.serializer(name);
    }

    @Override
    public String toString() {
        return "ValueStateDescriptor{name=" + name + ", type=" + valueType.describe() + "}";
    }
}
