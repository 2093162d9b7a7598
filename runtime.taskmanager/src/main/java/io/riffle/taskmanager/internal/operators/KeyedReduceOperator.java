package io.riffle.taskmanager.internal.operators;

import io.riffle.api.common.functions.ReduceFunction;
import io.riffle.api.common.state.ValueState;
import io.riffle.api.common.state.ValueStateDescriptor;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;

/**
 * A running reduction per key, kept in keyed state: emits the key's reduced value after every
 * record (the first record of a key is emitted as it is).
 */
public final class KeyedReduceOperator<T> extends StreamOperator<T> implements Input<T> {

    private static final String STATE_NAME = "_op_state";

    private final ReduceFunction<T> function;
    private final TypeInformation<T> valueType;
    private ValueState<T> values;

    public KeyedReduceOperator(ReduceFunction<T> function, TypeInformation<T> valueType) {
        this.function = function;
        this.valueType = valueType;
    }

    @Override
    public void open() throws Exception {
        values = context.keyedStateBackend().getState(new ValueStateDescriptor<>(STATE_NAME, valueType));
        openFunction(function);
    }

    @Override
    public void processElement(StreamRecord<T> record) throws Exception {
        T value = record.getValue();
        T current = values.value();
        T reduced = current == null ? value : function.reduce(current, value);
        values.update(reduced);
        output.collect(record.replace(reduced));
    }

    @Override
    public void close() throws Exception {
        closeFunction(function);
    }
}
