package io.riffle.taskmanager.internal.operators;

import io.riffle.api.common.functions.MapFunction;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;

/** Calls a {@link MapFunction} per record and emits its result with the record's timestamp. */
public final class MapOperator<IN, OUT> extends StreamOperator<OUT> implements Input<IN> {

    private final MapFunction<IN, OUT> function;

    public MapOperator(MapFunction<IN, OUT> function) {
        this.function = function;
    }

    @Override
    public void open() throws Exception {
        openFunction(function);
    }

    @Override
    public void processElement(StreamRecord<IN> record) throws Exception {
        output.collect(record.withValue(function.map(record.getValue())));
    }

    @Override
    public void close() throws Exception {
        closeFunction(function);
    }
}
