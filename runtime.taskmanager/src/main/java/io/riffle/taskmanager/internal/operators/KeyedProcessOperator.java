package io.riffle.taskmanager.internal.operators;

import io.riffle.streaming.api.TimeDomain;
import io.riffle.streaming.api.TimerService;
import io.riffle.streaming.api.functions.KeyedProcessFunction;
import io.riffle.taskmanager.internal.state.HeapKeyedStateBackend;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.timers.KeyedTimerQueue;
import io.riffle.util.OutputTag;

/**
 * Calls a {@link KeyedProcessFunction} per record, with keyed state and timers. Processing-time
 * timers wake the task through the processing-time service (one wake-up scheduled at a time, for
 * the earliest timer); event-time timers fire as watermarks pass them.
 */
public final class KeyedProcessOperator<K, IN, OUT> extends StreamOperator<OUT> implements Input<IN> {

    private final KeyedProcessFunction<K, IN, OUT> function;
    private final KeyedTimerQueue<Object> processingTimeTimers = new KeyedTimerQueue<>();
    private final KeyedTimerQueue<Object> eventTimeTimers = new KeyedTimerQueue<>();
    private HeapKeyedStateBackend<Object> backend;
    private TimestampedCollector<OUT> collector;
    private ContextImpl elementContext;
    private ContextImpl timerContext;
    private long scheduledWakeUp = Long.MAX_VALUE;

    public KeyedProcessOperator(KeyedProcessFunction<K, IN, OUT> function) {
        this.function = function;
    }

    @Override
    public void open() throws Exception {
        backend = context.keyedStateBackend();
        collector = new TimestampedCollector<>(output);
        elementContext = new ContextImpl(function, null);
        timerContext = new ContextImpl(function, TimeDomain.PROCESSING_TIME);
        openFunction(function);
    }

    @Override
    public void processElement(StreamRecord<IN> record) throws Exception {
        collector.setTimestampFrom(record);
        elementContext.timestamp = record.hasTimestamp() ? record.getTimestamp() : null;
        function.processElement(record.getValue(), elementContext, collector);
    }

    @Override
    public void processWatermark(Watermark watermark) throws Exception {
        currentWatermark = watermark.getTimestamp();
        eventTimeTimers.advance(watermark.getTimestamp(), (key, time) -> fire(key, time, TimeDomain.EVENT_TIME));
        output.emitWatermark(watermark);
    }

    private void onProcessingTime(long wakeUp) throws Exception {
        scheduledWakeUp = Long.MAX_VALUE;
        long now = Math.max(wakeUp, context.processingTimeService().getCurrentProcessingTime());
        processingTimeTimers.advance(now, (key, time) -> fire(key, time, TimeDomain.PROCESSING_TIME));
        scheduleWakeUp();
    }

    private void fire(Object key, long time, TimeDomain domain) throws Exception {
        backend.setCurrentKey(key);
        if (domain == TimeDomain.EVENT_TIME) {
            collector.setAbsoluteTimestamp(time);
        } else {
            collector.eraseTimestamp();
        }
        timerContext.domain = domain;
        timerContext.timestamp = domain == TimeDomain.EVENT_TIME ? time : null;
        function.onTimer(time, timerContext, collector);
    }

    private void scheduleWakeUp() {
        long earliest = processingTimeTimers.earliestTimestamp();
        if (earliest < scheduledWakeUp) {
            scheduledWakeUp = earliest;
            context.processingTimeService().registerTimer(earliest, this::onProcessingTime);
        }
    }

    @Override
    public void close() throws Exception {
        closeFunction(function);
    }

    private final class ContextImpl extends KeyedProcessFunction<K, IN, OUT>.OnTimerContext implements TimerService {

        private Long timestamp;
        private TimeDomain domain;

        ContextImpl(KeyedProcessFunction<K, IN, OUT> function, TimeDomain domain) {
            function.super();
            this.domain = domain;
        }

        @Override
        public Long timestamp() {
            return timestamp;
        }

        @Override
        public TimerService timerService() {
            return this;
        }

        @Override
        public <X> void output(OutputTag<X> outputTag, X value) {
            output.collect(outputTag, timestamp != null ? new StreamRecord<>(value, timestamp) : new StreamRecord<>(value));
        }

        @Override
        @SuppressWarnings("unchecked")
        public K getCurrentKey() {
            return (K) backend.getCurrentKey();
        }

        @Override
        public TimeDomain timeDomain() {
            if (domain == null) {
                throw new IllegalStateException("timeDomain() is only defined in onTimer()");
            }
            return domain;
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
            processingTimeTimers.add(backend.getCurrentKey(), time);
            scheduleWakeUp();
        }

        @Override
        public void registerEventTimeTimer(long time) {
            eventTimeTimers.add(backend.getCurrentKey(), time);
        }

        @Override
        public void deleteProcessingTimeTimer(long time) {
            processingTimeTimers.delete(backend.getCurrentKey(), time);
        }

        @Override
        public void deleteEventTimeTimer(long time) {
            eventTimeTimers.delete(backend.getCurrentKey(), time);
        }
    }
}
