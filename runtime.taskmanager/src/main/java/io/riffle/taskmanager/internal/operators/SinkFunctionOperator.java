package io.riffle.taskmanager.internal.operators;

import io.riffle.streaming.api.functions.sink.SinkFunction;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;

/** Calls a {@link SinkFunction} per record. */
public final class SinkFunctionOperator<T> extends StreamOperator<Object> implements Input<T> {

    private final SinkFunction<T> function;
    private final InvokeContext invokeContext = new InvokeContext();

    public SinkFunctionOperator(SinkFunction<T> function) {
        this.function = function;
    }

    @Override
    public void open() throws Exception {
        openFunction(function);
    }

    @Override
    public void processElement(StreamRecord<T> record) throws Exception {
        invokeContext.record = record;
        function.invoke(record.getValue(), invokeContext);
    }

    @Override
    public void finish() throws Exception {
        function.finish();
    }

    @Override
    public void close() throws Exception {
        closeFunction(function);
    }

    private final class InvokeContext implements SinkFunction.Context {

        private StreamRecord<T> record;

        @Override
        public long currentProcessingTime() {
            return context.processingTimeService().getCurrentProcessingTime();
        }

        @Override
        public long currentWatermark() {
            return currentWatermark;
        }

        @Override
        public Long timestamp() {
            return record.hasTimestamp() ? record.getTimestamp() : null;
        }
    }
}
