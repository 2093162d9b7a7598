package io.riffle.api.common.state;

import io.riffle.api.common.functions.AggregateFunction;
import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.TypeSerializer;
import java.util.Objects;

/**
 * Describes an {@link AggregatingState}: one accumulator of type {@code ACC} per key, updated by an
 * {@link AggregateFunction}. The declared type is the accumulator's, which is what is stored.
 */
public class AggregatingStateDescriptor<IN, ACC, OUT> extends StateDescriptor<AggregatingState<IN, OUT>, ACC> {

    private static final long serialVersionUID = 1L;

    private final AggregateFunction<IN, ACC, OUT> aggFunction;
    private final StateType<ACC> accumulatorType;

    public AggregatingStateDescriptor(String name, AggregateFunction<IN, ACC, OUT> aggFunction, Class<ACC> stateType) {
        super(name);
        this.aggFunction = Objects.requireNonNull(aggFunction, () -> "aggregate function of state '" + name + "' is null");
        this.accumulatorType = StateType.of(name, "accumulator", stateType);
    }

    public AggregatingStateDescriptor(
            String name, AggregateFunction<IN, ACC, OUT> aggFunction, TypeInformation<ACC> stateType) {
        super(name);
        this.aggFunction = Objects.requireNonNull(aggFunction, () -> "aggregate function of state '" + name + "' is null");
        this.accumulatorType = StateType.of(name, "accumulator", stateType);
    }

    public AggregateFunction<IN, ACC, OUT> getAggregateFunction() {
        return aggFunction;
    }

    @Override
    public Type getType() {
        return Type.AGGREGATING;
    }

    @Override
    public TypeInformation<ACC> getTypeInformation() {
        return accumulatorType.typeInformation();
    }

    @Override
    public boolean isSerializerInitialized() {
        return accumulatorType.isSerializerInitialized();
    }

    @Override
    public void initializeSerializerUnlessSet(SerializerConfig config) {
        accumulatorType.initializeSerializerUnlessSet(config);
    }

    @Override
    public TypeSerializer<ACC> getSerializer() {
        return accumulatorType.serializer(name);
    }

    @Override
    public String toString() {
        return "AggregatingStateDescriptor{name=" + name + ", accumulator=" + accumulatorType.describe() + "}";
    }
}
