package io.riffle.taskmanager.internal.operators;

import io.riffle.api.common.eventtime.TimestampAssigner;
import io.riffle.api.common.eventtime.TimestampAssignerSupplier;
import io.riffle.api.common.eventtime.WatermarkGenerator;
import io.riffle.api.common.eventtime.WatermarkStrategy;
import io.riffle.api.connector.source.ReaderOutput;
import io.riffle.api.connector.source.Source;
import io.riffle.api.connector.source.SourceReader;
import io.riffle.api.connector.source.SourceReaderContext;
import io.riffle.api.connector.source.SourceSplit;
import io.riffle.core.io.InputStatus;
import io.riffle.core.io.SimpleVersionedSerializer;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a source's reader for this subtask: asks it for records, and passes it the splits its
 * enumerator on the JobMaster assigns. Driven by the task thread (see the source task loop).
 *
 * <p>Its watermark strategy stamps each record and generates the source's watermarks: on events, and
 * every {@code autoWatermarkInterval} ms of processing time. One generator serves the whole reader
 * (Flink's per-split generators are not there yet).
 */
public final class SourceOperator<T, SplitT extends SourceSplit> extends StreamOperator<T> {

    private final Source<T, SplitT, ?> source;
    private final OperatorEventSender eventSender;
    private final WatermarkStrategy<T> watermarkStrategy;
    private final long autoWatermarkInterval;
    private TimestampAssigner<T> timestampAssigner;
    private WatermarkGenerator<T> watermarkGenerator;
    private WatermarkEmitter watermarkEmitter;
    private SourceReader<T, SplitT> reader;
    private SimpleVersionedSerializer<SplitT> splitSerializer;
    private final StreamRecord<T> reuse = new StreamRecord<>(null);
    private final ReaderOutput<T> readerOutput = new ReaderOutput<>() {
        @Override
        public void collect(T record) {
            collect(record, TimestampAssigner.NO_TIMESTAMP);
        }

        @Override
        public void collect(T record, long timestamp) {
            long assigned = timestampAssigner.extractTimestamp(record, timestamp);
            if (assigned == TimestampAssigner.NO_TIMESTAMP) {
                reuse.eraseTimestamp();
                output.collect(reuse.replace(record));
            } else {
                output.collect(reuse.replace(record, assigned));
            }
            watermarkGenerator.onEvent(record, assigned, watermarkEmitter);
        }
    };

    /** A source without timestamps or watermarks. */
    public SourceOperator(Source<T, SplitT, ?> source, OperatorEventSender eventSender) {
        this(source, WatermarkStrategy.noWatermarks(), 0, eventSender);
    }

    /** @param autoWatermarkInterval ms between periodic watermark emissions; 0 for none */
    public SourceOperator(Source<T, SplitT, ?> source, WatermarkStrategy<T> watermarkStrategy, long autoWatermarkInterval,
            OperatorEventSender eventSender) {
        if (autoWatermarkInterval < 0) {
            throw new IllegalArgumentException("the auto watermark interval must not be negative, was " + autoWatermarkInterval);
        }
        this.source = source;
        this.watermarkStrategy = watermarkStrategy;
        this.autoWatermarkInterval = autoWatermarkInterval;
        this.eventSender = eventSender;
    }

    @Override
    public void open() throws Exception {
        timestampAssigner = watermarkStrategy.createTimestampAssigner(new TimestampAssignerSupplier.Context() {});
        ProcessingTimeClock clock = new ProcessingTimeClock(context.processingTimeService());
        watermarkGenerator = watermarkStrategy.createWatermarkGenerator(() -> clock);
        watermarkEmitter = new WatermarkEmitter(output);
        if (autoWatermarkInterval > 0 && watermarkStrategy.emitsWatermarks()) {
            scheduleNextEmission();
        }
        splitSerializer = source.getSplitSerializer();
        TaskInfo info = context.taskInfo();
        reader = source.createReader(new SourceReaderContext() {
            @Override
            public int getIndexOfSubtask() {
                return info.subtaskIndex();
            }

            @Override
            public int currentParallelism() {
                return info.parallelism();
            }

            @Override
            public void sendSplitRequest() {
                eventSender.send(new OperatorEvent.RequestSplit());
            }
        });
        reader.start();
    }

    private void scheduleNextEmission() {
        ProcessingTimeService time = context.processingTimeService();
        time.registerTimer(time.getCurrentProcessingTime() + autoWatermarkInterval, timestamp -> {
            watermarkGenerator.onPeriodicEmit(watermarkEmitter);
            scheduleNextEmission();
        });
    }

    /** The end of a bounded input: through the emitter, so an idle source becomes active to say so. */
    @Override
    public void processWatermark(Watermark watermark) {
        currentWatermark = watermark.getTimestamp();
        watermarkEmitter.emitWatermark(new io.riffle.api.common.eventtime.Watermark(watermark.getTimestamp()));
    }

    public InputStatus emitNext() throws Exception {
        return reader.pollNext(readerOutput);
    }

    public CompletableFuture<Void> isAvailable() {
        return reader.isAvailable();
    }

    /** An event from the enumerator; called on the task thread. */
    public void handleOperatorEvent(OperatorEvent event) throws IOException {
        if (event instanceof OperatorEvent.AddSplits add) {
            List<SplitT> splits = new ArrayList<>(add.splits().size());
            for (byte[] bytes : add.splits()) {
                splits.add(splitSerializer.deserialize(add.serializerVersion(), bytes));
            }
            reader.addSplits(splits);
        } else if (event instanceof OperatorEvent.NoMoreSplits) {
            reader.notifyNoMoreSplits();
        } else {
            throw new IllegalArgumentException("a source reader cannot handle " + event);
        }
    }

    @Override
    public void close() throws Exception {
        if (reader != null) {
            reader.close();
        }
    }
}
