package io.riffle.taskmanager.internal.operators;

import io.riffle.api.common.functions.FilterFunction;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;

/** Forwards the records a {@link FilterFunction} accepts, unchanged. */
public final class FilterOperator<T> extends StreamOperator<T> implements Input<T> {

    private final FilterFunction<T> function;

    public FilterOperator(FilterFunction<T> function) {
        this.function = function;
    }

    @Override
    public void open() throws Exception {
        openFunction(function);
    }

    @Override
    public void processElement(StreamRecord<T> record) throws Exception {
        if (function.filter(record.getValue())) {
            output.collect(record);
        }
    }

    @Override
    public void close() throws Exception {
        closeFunction(function);
    }
}
