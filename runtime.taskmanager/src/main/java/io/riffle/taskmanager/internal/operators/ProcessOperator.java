package io.riffle.taskmanager.internal.operators;

import io.riffle.streaming.api.TimeDomain;
import io.riffle.streaming.api.TimerService;
import io.riffle.streaming.api.functions.ProcessFunction;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.util.OutputTag;

/** Calls a {@link ProcessFunction} per record. Not keyed: it has no state and cannot set timers. */
public final class ProcessOperator<IN, OUT> extends StreamOperator<OUT> implements Input<IN> {

    private final ProcessFunction<IN, OUT> function;
    private TimestampedCollector<OUT> collector;
    private ContextImpl contextImpl;

    public ProcessOperator(ProcessFunction<IN, OUT> function) {
        this.function = function;
    }

    @Override
    public void open() throws Exception {
        collector = new TimestampedCollector<>(output);
        contextImpl = new ContextImpl(function);
        openFunction(function);
    }

    @Override
    public void processElement(StreamRecord<IN> record) throws Exception {
        collector.setTimestampFrom(record);
        contextImpl.element = record;
        function.processElement(record.getValue(), contextImpl, collector);
        contextImpl.element = null;
    }

    @Override
    public void close() throws Exception {
        closeFunction(function);
    }

    private final class ContextImpl extends ProcessFunction<IN, OUT>.OnTimerContext implements TimerService {

        private StreamRecord<IN> element;

        ContextImpl(ProcessFunction<IN, OUT> function) {
            function.super();
        }

        @Override
        public Long timestamp() {
            return element != null && element.hasTimestamp() ? element.getTimestamp() : null;
        }

        @Override
        public TimerService timerService() {
            return this;
        }

        @Override
        public <X> void output(OutputTag<X> outputTag, X value) {
            StreamRecord<X> side = element != null && element.hasTimestamp()
                    ? new StreamRecord<>(value, element.getTimestamp()) : new StreamRecord<>(value);
            output.collect(outputTag, side);
        }

        @Override
        public TimeDomain timeDomain() {
            throw new UnsupportedOperationException("timers are only available on keyed streams");
        }

        @Override
        public long currentProcessingTime() {
            return context.processingTimeService().getCurrentProcessingTime();
        }

        @Override
        public long currentWatermark() {
            return currentWatermark;
        }

        @Override
        public void registerProcessingTimeTimer(long time) {
            throw keyedOnly();
        }

        @Override
        public void registerEventTimeTimer(long time) {
            throw keyedOnly();
        }

        @Override
        public void deleteProcessingTimeTimer(long time) {
            throw keyedOnly();
        }

        @Override
        public void deleteEventTimeTimer(long time) {
            throw keyedOnly();
        }

        private UnsupportedOperationException keyedOnly() {
            return new UnsupportedOperationException("Setting timers is only supported on a keyed stream: use keyBy(...)"
                    + ".process(KeyedProcessFunction) in '" + getName() + "'.");
        }
    }
}
