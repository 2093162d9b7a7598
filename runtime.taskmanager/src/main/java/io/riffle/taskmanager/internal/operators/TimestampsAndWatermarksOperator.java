package io.riffle.taskmanager.internal.operators;

import io.riffle.api.common.eventtime.TimestampAssigner;
import io.riffle.api.common.eventtime.TimestampAssignerSupplier;
import io.riffle.api.common.eventtime.WatermarkGenerator;
import io.riffle.api.common.eventtime.WatermarkStrategy;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;

/**
 * Stamps each record with the strategy's timestamp and lets its generator emit watermarks: on events,
 * and every {@code autoWatermarkInterval} ms of processing time (a timer on the task thread, rescheduled
 * after each emission). Watermarks from upstream are dropped, except the final one of a bounded input.
 */
public final class TimestampsAndWatermarksOperator<T> extends StreamOperator<T> implements Input<T> {

    private final WatermarkStrategy<T> strategy;
    private final long autoWatermarkInterval;
    private TimestampAssigner<T> timestampAssigner;
    private WatermarkGenerator<T> generator;
    private WatermarkEmitter emitter;

    /** @param autoWatermarkInterval ms between periodic emissions; 0 for none */
    public TimestampsAndWatermarksOperator(WatermarkStrategy<T> strategy, long autoWatermarkInterval) {
        if (autoWatermarkInterval < 0) {
            throw new IllegalArgumentException("the auto watermark interval must not be negative, was " + autoWatermarkInterval);
        }
        this.strategy = strategy;
        this.autoWatermarkInterval = autoWatermarkInterval;
    }

    @Override
    public void open() throws Exception {
        timestampAssigner = strategy.createTimestampAssigner(new TimestampAssignerSupplier.Context() {});
        ProcessingTimeClock clock = new ProcessingTimeClock(context.processingTimeService());
        generator = strategy.createWatermarkGenerator(() -> clock);
        emitter = new WatermarkEmitter(output);
        if (autoWatermarkInterval > 0 && strategy.emitsWatermarks()) {
            scheduleNextEmission();
        }
    }

    private void scheduleNextEmission() {
        ProcessingTimeService time = context.processingTimeService();
        time.registerTimer(time.getCurrentProcessingTime() + autoWatermarkInterval, this::onPeriodicEmit);
    }

    private void onPeriodicEmit(long timestamp) {
        generator.onPeriodicEmit(emitter);
        scheduleNextEmission();
    }

    @Override
    public void processElement(StreamRecord<T> record) throws Exception {
        T value = record.getValue();
        long timestamp = timestampAssigner.extractTimestamp(value,
                record.hasTimestamp() ? record.getTimestamp() : TimestampAssigner.NO_TIMESTAMP);
        output.collect(new StreamRecord<>(value, timestamp));
        generator.onEvent(value, timestamp, emitter);
    }

    /** Only the end of event time passes: this operator's generator decides event time downstream. */
    @Override
    public void processWatermark(Watermark watermark) {
        if (watermark.getTimestamp() == Long.MAX_VALUE) {
            currentWatermark = Long.MAX_VALUE;
            emitter.emitWatermark(io.riffle.api.common.eventtime.Watermark.MAX_WATERMARK);
        }
    }

    /** Upstream idleness is not ours to pass on: the generator marks this output idle or active. */
    @Override
    public void processWatermarkStatus(WatermarkStatus status) {}

    /** A last periodic emission, so that what the generator saw counts even if the input ends before the next timer. */
    @Override
    public void finish() {
        generator.onPeriodicEmit(emitter);
    }
}
