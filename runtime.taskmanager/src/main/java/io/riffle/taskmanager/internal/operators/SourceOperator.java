package io.riffle.taskmanager.internal.operators;

import io.riffle.api.common.eventtime.TimestampAssigner;
import io.riffle.api.common.eventtime.TimestampAssignerSupplier;
import io.riffle.api.common.eventtime.WatermarkGenerator;
import io.riffle.api.common.eventtime.WatermarkOutput;
import io.riffle.api.common.eventtime.WatermarkStrategy;
import io.riffle.api.connector.source.ReaderOutput;
import io.riffle.api.connector.source.Source;
import io.riffle.api.connector.source.SourceOutput;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a source's reader for this subtask: asks it for records, and passes it the splits its
 * enumerator on the JobMaster assigns. Driven by the task thread (see the source task loop).
 *
 * <p>Its watermark strategy stamps each record and generates watermarks, on events and every
 * {@code autoWatermarkInterval} ms of processing time: one generator for the reader's main output,
 * and one per split output the reader creates (FLIP-27). The operator's watermark is the smallest
 * over those outputs that are not idle ({@link SplitWatermarks}).
 */
public final class SourceOperator<T, SplitT extends SourceSplit> extends StreamOperator<T> {

    /** The key of the reader's main output among the split outputs (split ids are strings). */
    private static final Object MAIN_OUTPUT = new Object();

    private final Source<T, SplitT, ?> source;
    private final OperatorEventSender eventSender;
    private final WatermarkStrategy<T> watermarkStrategy;
    private final long autoWatermarkInterval;
    private SourceReader<T, SplitT> reader;
    private SimpleVersionedSerializer<SplitT> splitSerializer;
    private TimestampAssigner<T> timestampAssigner;
    private ProcessingTimeClock clock;
    private WatermarkEmitter watermarkEmitter;
    private SplitWatermarks splitWatermarks;
    /** The main output and the split outputs, by key. */
    private final Map<Object, GeneratingOutput> outputs = new LinkedHashMap<>();
    /**
     * Registered at open, so that a reader without splits can go idle; dropped when the reader creates
     * split outputs without having used it (a reader emits either through splits or through the main output).
     */
    private GeneratingOutput mainOutput;
    private boolean mainOutputUsed;
    private final ReaderOutput<T> readerOutput = new ReaderOutput<>() {
        @Override
        public void collect(T record) {
            main().collect(record);
        }

        @Override
        public void collect(T record, long timestamp) {
            main().collect(record, timestamp);
        }

        @Override
        public void emitWatermark(io.riffle.api.common.eventtime.Watermark watermark) {
            main().emitWatermark(watermark);
        }

        @Override
        public void markIdle() {
            main().markIdle();
        }

        @Override
        public void markActive() {
            main().markActive();
        }

        @Override
        public SourceOutput<T> createOutputForSplit(String splitId) {
            if (mainOutput != null && !mainOutputUsed) {
                outputs.remove(MAIN_OUTPUT);
                splitWatermarks.release(MAIN_OUTPUT);
                mainOutput = null;
            }
            return outputs.computeIfAbsent(splitId, GeneratingOutput::new);
        }

        @Override
        public void releaseOutputForSplit(String splitId) {
            if (outputs.remove(splitId) != null) {
                splitWatermarks.release(splitId);
            }
        }

        private GeneratingOutput main() {
            if (mainOutput == null) {
                createMainOutput();
            }
            if (!mainOutputUsed) { // written once, not per record (see TimestampedCollector#setTimestampFrom)
                mainOutputUsed = true;
            }
            return mainOutput;
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
        clock = new ProcessingTimeClock(context.processingTimeService());
        watermarkEmitter = new WatermarkEmitter(output);
        splitWatermarks = new SplitWatermarks(watermarkEmitter);
        createMainOutput();
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

    private void createMainOutput() {
        mainOutput = new GeneratingOutput(MAIN_OUTPUT);
        outputs.put(MAIN_OUTPUT, mainOutput);
    }

    private void scheduleNextEmission() {
        ProcessingTimeService time = context.processingTimeService();
        time.registerTimer(time.getCurrentProcessingTime() + autoWatermarkInterval, timestamp -> {
            for (GeneratingOutput generating : outputs.values()) {
                generating.generator.onPeriodicEmit(generating.watermarks);
            }
            scheduleNextEmission();
        });
    }

    /** The end of a bounded input: straight to the emitter, past the split outputs, making an idle source active to say so. */
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

    /** The main output or one split's: records stamped by the assigner, watermarks from its own generator. */
    private final class GeneratingOutput implements SourceOutput<T> {

        private final WatermarkGenerator<T> generator;
        private final WatermarkOutput watermarks;

        GeneratingOutput(Object key) {
            generator = watermarkStrategy.createWatermarkGenerator(() -> clock);
            watermarks = splitWatermarks.register(key);
        }

        @Override
        public void collect(T record) {
            collect(record, TimestampAssigner.NO_TIMESTAMP);
        }

        @Override
        public void collect(T record, long timestamp) {
            long assigned = timestampAssigner.extractTimestamp(record, timestamp);
            output.collect(assigned == TimestampAssigner.NO_TIMESTAMP ? new StreamRecord<>(record) : new StreamRecord<>(record, assigned));
            generator.onEvent(record, assigned, watermarks);
        }

        @Override
        public void emitWatermark(io.riffle.api.common.eventtime.Watermark watermark) {
            watermarks.emitWatermark(watermark);
        }

        @Override
        public void markIdle() {
            watermarks.markIdle();
        }

        @Override
        public void markActive() {
            watermarks.markActive();
        }
    }
}
