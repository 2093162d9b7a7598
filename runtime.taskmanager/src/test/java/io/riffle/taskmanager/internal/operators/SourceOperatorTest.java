package io.riffle.taskmanager.internal.operators;

import static io.riffle.taskmanager.internal.operators.TestingOutput.emitted;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.eventtime.WatermarkStrategy;
import io.riffle.api.connector.source.ReaderOutput;
import io.riffle.api.connector.source.SourceReader;
import io.riffle.api.connector.source.SourceReaderContext;
import io.riffle.api.connector.source.lib.NumberSequenceSource;
import io.riffle.api.connector.source.lib.NumberSequenceSplit;
import io.riffle.core.io.InputStatus;
import io.riffle.core.io.SimpleVersionedSerializer;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.Test;

/**
 * SourceOperator with a real {@link NumberSequenceSource}: the reader asks the enumerator for
 * splits through the operator's event sender, and emits the splits the enumerator sends back.
 */
public class SourceOperatorTest {

    /** A number sequence that also logs what its reader was told and when it closed. */
    private static final class RecordingSequenceSource extends NumberSequenceSource {

        private static final long serialVersionUID = 1L;

        final transient List<String> calls = new ArrayList<>();

        RecordingSequenceSource(long from, long to) {
            super(from, to);
        }

        @Override
        protected void openReader(SourceReaderContext context) {
            calls.add("open reader " + context.getIndexOfSubtask() + " of " + context.currentParallelism());
        }

        @Override
        protected void closeReader() {
            calls.add("close reader");
        }
    }

    private final List<OperatorEvent> sentEvents = new ArrayList<>();
    private final RecordingSequenceSource source = new RecordingSequenceSource(1, 100);
    private final SourceOperator<Long, NumberSequenceSplit> operator = new SourceOperator<>(source, sentEvents::add);
    private final OperatorTestHarness<Void, Long> harness = OperatorTestHarness.of(operator);

    private OperatorEvent.AddSplits addSplit(long from, long to) throws Exception {
        SimpleVersionedSerializer<NumberSequenceSplit> serializer = source.getSplitSerializer();
        return new OperatorEvent.AddSplits(serializer.getVersion(),
                List.of(serializer.serialize(new NumberSequenceSplit("split-" + from, from, to))));
    }

    private static List<Object> numbers(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().map(Object.class::cast).toList();
    }

    @Test
    public void createsTheReaderForItsSubtaskAndAsksForASplitWhenOpened() throws Exception {
        harness.open();

        TaskInfo task = OperatorTestHarness.TASK_INFO;
        assertEquals(List.of("open reader " + task.subtaskIndex() + " of " + task.parallelism()), source.calls);
        assertEquals(List.of(new OperatorEvent.RequestSplit()), sentEvents);
    }

    @Test
    public void hasNothingAvailableUntilASplitArrivesAndThenBecomesAvailable() throws Exception {
        harness.open();
        CompletableFuture<Void> available = operator.isAvailable();

        assertEquals(InputStatus.NOTHING_AVAILABLE, operator.emitNext());
        assertFalse(available.isDone());

        operator.handleOperatorEvent(addSplit(1, 3));

        assertTrue(available.isDone());
        assertEquals(InputStatus.MORE_AVAILABLE, operator.emitNext());
        assertEquals(List.of(emitted(1L), emitted(2L), emitted(3L)), harness.output.elements());
    }

    @Test
    public void emitsASplitInBatchesThenAsksForTheNextSplit() throws Exception {
        harness.open();
        operator.handleOperatorEvent(addSplit(1, 100));
        sentEvents.clear();

        assertEquals(InputStatus.MORE_AVAILABLE, operator.emitNext());
        assertEquals(numbers(1, 64), harness.output.values());
        assertEquals("no request while the split has numbers left", List.of(), sentEvents);

        assertEquals(InputStatus.MORE_AVAILABLE, operator.emitNext());
        assertEquals(numbers(1, 100), harness.output.values());
        assertEquals(List.of(new OperatorEvent.RequestSplit()), sentEvents);
    }

    @Test
    public void endsInputOnceTheEnumeratorHasNoMoreSplitsAndTheLastOneIsRead() throws Exception {
        harness.open();
        operator.handleOperatorEvent(addSplit(1, 2));
        operator.handleOperatorEvent(new OperatorEvent.NoMoreSplits());

        assertEquals(InputStatus.MORE_AVAILABLE, operator.emitNext());
        assertEquals(InputStatus.END_OF_INPUT, operator.emitNext());
        assertEquals(List.of(emitted(1L), emitted(2L)), harness.output.elements());
        assertEquals("only the request of open(): the enumerator said there are no more", 1, sentEvents.size());
    }

    @Test
    public void refusesEventsMeantForTheEnumerator() throws Exception {
        harness.open();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> operator.handleOperatorEvent(new OperatorEvent.RequestSplit()));
        assertTrue(e.getMessage(), e.getMessage().contains("RequestSplit"));
    }

    @Test
    public void closesTheReaderOnCloseAndToleratesCloseWithoutOpen() throws Exception {
        OperatorTestHarness.of(new SourceOperator<>(new RecordingSequenceSource(1, 2), sentEvents::add)).close();

        harness.open();
        harness.close();

        assertEquals("close reader", source.calls.get(source.calls.size() - 1));
    }

    /** Number n happened at 10 n ms; at most 5 ms out of order. */
    private static final WatermarkStrategy<Long> TEN_MS_APART = WatermarkStrategy.<Long>forBoundedOutOfOrderness(Duration.ofMillis(5))
            .withTimestampAssigner((number, recordTimestamp) -> number * 10);

    @Test
    public void stampsRecordsByItsStrategyAndEmitsWatermarksPeriodically() throws Exception {
        SourceOperator<Long, NumberSequenceSplit> timed = new SourceOperator<>(source, TEN_MS_APART, 100, sentEvents::add);
        OperatorTestHarness<Void, Long> timedHarness = OperatorTestHarness.<Void, Long>of(timed).open();
        timed.handleOperatorEvent(addSplit(1, 3));
        timed.emitNext();
        timedHarness.setProcessingTime(100);
        timedHarness.setProcessingTime(200);
        timed.processWatermark(Watermark.MAX_WATERMARK);

        assertEquals(List.of(emitted(1L, 10), emitted(2L, 20), emitted(3L, 30), new Watermark(24), Watermark.MAX_WATERMARK),
                timedHarness.output.elements());
    }

    @Test
    public void aSourceWithoutRecordsForItsIdleTimeoutGoesIdleUntilRecordsCome() throws Exception {
        SourceOperator<Long, NumberSequenceSplit> timed = new SourceOperator<>(source,
                TEN_MS_APART.withIdleness(Duration.ofMillis(300)), 100, sentEvents::add);
        OperatorTestHarness<Void, Long> timedHarness = OperatorTestHarness.<Void, Long>of(timed).open();
        timedHarness.setProcessingTime(100);
        timedHarness.setProcessingTime(300);
        timedHarness.setProcessingTime(400);
        timed.handleOperatorEvent(addSplit(7, 7));
        timed.emitNext();
        timedHarness.setProcessingTime(500);

        assertEquals("quiet since the first check at 100, idle at 400",
                List.of(WatermarkStatus.IDLE, emitted(7L, 70), WatermarkStatus.ACTIVE, new Watermark(64)),
                timedHarness.output.elements());
    }

    /** A reader that runs one scripted step per poll, as a reader of several splits at once would emit. */
    private static final class ScriptedSource extends NumberSequenceSource {

        private static final long serialVersionUID = 1L;

        final transient Queue<Consumer<ReaderOutput<Long>>> steps = new ArrayDeque<>();

        ScriptedSource() {
            super(0, 0);
        }

        @Override
        public SourceReader<Long, NumberSequenceSplit> createReader(SourceReaderContext readerContext) {
            return new SourceReader<>() {
                @Override
                public void start() {}

                @Override
                public InputStatus pollNext(ReaderOutput<Long> output) {
                    steps.remove().accept(output);
                    return steps.isEmpty() ? InputStatus.END_OF_INPUT : InputStatus.MORE_AVAILABLE;
                }

                @Override
                public CompletableFuture<Void> isAvailable() {
                    return CompletableFuture.completedFuture(null);
                }

                @Override
                public void addSplits(List<NumberSequenceSplit> splits) {}

                @Override
                public void notifyNoMoreSplits() {}

                @Override
                public List<NumberSequenceSplit> snapshotState(long checkpointId) {
                    return List.of();
                }

                @Override
                public void close() {}
            };
        }
    }

    @Test
    public void eachSplitHasItsOwnGeneratorAndTheReaderEmitsTheSmallestOfTheirWatermarks() throws Exception {
        ScriptedSource scripted = new ScriptedSource();
        SourceOperator<Long, NumberSequenceSplit> timed = new SourceOperator<>(scripted, TEN_MS_APART, 100, sentEvents::add);
        OperatorTestHarness<Void, Long> timedHarness = OperatorTestHarness.<Void, Long>of(timed).open();
        scripted.steps.add(output -> {
            output.createOutputForSplit("fast").collect(50L);
            output.createOutputForSplit("slow").collect(3L);
            output.createOutputForSplit("fast").collect(40L);
        });
        scripted.steps.add(output -> output.createOutputForSplit("slow").collect(9L));
        scripted.steps.add(output -> output.releaseOutputForSplit("slow"));
        scripted.steps.add(output -> {});

        timed.emitNext();
        timedHarness.setProcessingTime(100);
        timed.emitNext();
        timedHarness.setProcessingTime(200);
        timed.emitNext();

        assertEquals("fast alone would say 494; slow holds the reader at 24, then 84; released, fast decides",
                List.of(emitted(50L, 500), emitted(3L, 30), emitted(40L, 400), new Watermark(24), emitted(9L, 90),
                        new Watermark(84), new Watermark(494)),
                timedHarness.output.elements());
    }
}
