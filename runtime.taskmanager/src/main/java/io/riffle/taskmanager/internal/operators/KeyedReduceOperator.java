package io.riffle.taskmanager.internal.operators;

import io.riffle.api.common.functions.ReduceFunction;
import io.riffle.api.common.state.ValueStateDescriptor;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.taskmanager.internal.state.InternalValueState;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;

/**
 * A running reduction per key, kept in keyed state: emits the key's reduced value after every
 * record (the first record of a key is emitted as it is).
 */
public final class KeyedReduceOperator<T> extends StreamOperator<T> implements Input<T> {

    private static final String STATE_NAME = "_op_state";

    private final ReduceFunction<T> function;
    private final TypeInformation<T> valueType;
    private InternalValueState<T> values;
    private final InternalValueState.StateTransformation<T, T> reduce;

    public KeyedReduceOperator(ReduceFunction<T> function, TypeInformation<T> valueType) {
        this.function = function;
        this.valueType = valueType;
        this.reduce = (current, value) -> current == null ? value : function.reduce(current, value);
    }

    @Override
    public void open() throws Exception {
        values = context.keyedStateBackend().getInternalState(new ValueStateDescriptor<>(STATE_NAME, valueType));
        openFunction(function);
    }

    @Override
    public void processElement(StreamRecord<T> record) throws Exception {
        // one state lookup: the reduction is folded into the key's entry in place
        T reduced = values.transform(record.getValue(), reduce);
        output.collect(record.withValue(reduced));
    }

    @Override
    public void close() throws Exception {
        closeFunction(function);
    }
}
