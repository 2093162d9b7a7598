package io.riffle.api.common.state;

import io.riffle.api.common.functions.ReduceFunction;
import io.riffle.api.common.functions.RichFunction;
import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.TypeSerializer;
import java.util.Objects;

/**
 * Describes a {@link ReducingState}: one value of type {@code T} per key, combined with each added
 * value by a {@link ReduceFunction}. As in Flink, the function must not be a rich function: it has
 * no lifecycle of its own.
 */
public class ReducingStateDescriptor<T> extends StateDescriptor<ReducingState<T>, T> {

    private static final long serialVersionUID = 1L;

    private final ReduceFunction<T> reduceFunction;
    private final StateType<T> valueType;

    public ReducingStateDescriptor(String name, ReduceFunction<T> reduceFunction, Class<T> typeClass) {
        super(name);
        this.reduceFunction = checkFunction(name, reduceFunction);
        this.valueType = StateType.of(name, "value", typeClass);
    }

    public ReducingStateDescriptor(String name, ReduceFunction<T> reduceFunction, TypeInformation<T> typeInfo) {
        super(name);
        this.reduceFunction = checkFunction(name, reduceFunction);
        this.valueType = StateType.of(name, "value", typeInfo);
    }

    private static <T> ReduceFunction<T> checkFunction(String name, ReduceFunction<T> function) {
        Objects.requireNonNull(function, () -> "reduce function of state '" + name + "' is null");
        if (function instanceof RichFunction) {
            throw new UnsupportedOperationException(
                    "the ReduceFunction of reducing state '" + name + "' can not be a RichFunction");
        }
        return function;
    }

    public ReduceFunction<T> getReduceFunction() {
        return reduceFunction;
    }

    @Override
    public Type getType() {
        return Type.REDUCING;
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
        return "ReducingStateDescriptor{name=" + name + ", type=" + valueType.describe() + "}";
    }
}
