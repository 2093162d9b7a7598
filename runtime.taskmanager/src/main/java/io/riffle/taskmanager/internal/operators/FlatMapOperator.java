package io.riffle.taskmanager.internal.operators;

import io.riffle.api.common.functions.FlatMapFunction;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;

/** Calls a {@link FlatMapFunction} per record; its outputs keep the input's timestamp. */
public final class FlatMapOperator<IN, OUT> extends StreamOperator<OUT> implements Input<IN> {

    private final FlatMapFunction<IN, OUT> function;
    private TimestampedCollector<OUT> collector;

    public FlatMapOperator(FlatMapFunction<IN, OUT> function) {
        this.function = function;
    }

    @Override
    public void open() throws Exception {
        collector = new TimestampedCollector<>(output);
        openFunction(function);
    }

    @Override
    public void processElement(StreamRecord<IN> record) throws Exception {
        collector.setTimestampFrom(record);
        function.flatMap(record.getValue(), collector);
    }

    @Override
    public void close() throws Exception {
        closeFunction(function);
    }
}
