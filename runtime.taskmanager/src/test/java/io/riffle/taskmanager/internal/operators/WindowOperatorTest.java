package io.riffle.taskmanager.internal.operators;

import static io.riffle.taskmanager.internal.operators.TestingOutput.emitted;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.functions.AggregateFunction;
import io.riffle.api.common.functions.ReduceFunction;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.streaming.api.functions.windowing.ProcessWindowFunction;
import io.riffle.streaming.api.operators.WindowSpec;
import io.riffle.streaming.api.windowing.assigners.GlobalWindows;
import io.riffle.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import io.riffle.streaming.api.windowing.assigners.SlidingProcessingTimeWindows;
import io.riffle.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import io.riffle.streaming.api.windowing.assigners.TumblingProcessingTimeWindows;
import io.riffle.streaming.api.windowing.assigners.WindowAssigner;
import io.riffle.streaming.api.windowing.evictors.CountEvictor;
import io.riffle.streaming.api.windowing.evictors.TimeEvictor;
import io.riffle.streaming.api.windowing.triggers.CountTrigger;
import io.riffle.streaming.api.windowing.triggers.EventTimeTrigger;
import io.riffle.streaming.api.windowing.triggers.ProcessingTimeTrigger;
import io.riffle.streaming.api.windowing.triggers.PurgingTrigger;
import io.riffle.streaming.api.windowing.triggers.Trigger;
import io.riffle.streaming.api.windowing.windows.TimeWindow;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.windowing.WindowOperator;
import io.riffle.util.Collector;
import io.riffle.util.OutputTag;
import java.time.Duration;
import java.util.List;
import org.junit.Test;

/**
 * WindowOperator against hand-computed outputs. Elements are strings whose first character is the
 * key ("a1"); reduce joins them with '+', so an output shows exactly which elements a window held.
 */
public class WindowOperatorTest {

    private static final OutputTag<String> LATE = new OutputTag<>("late", Types.STRING);
    private static final ReduceFunction<String> JOIN = (x, y) -> x + "+" + y;

    /** Counts the elements of a window. */
    private static final class Count implements AggregateFunction<String, Long, Long> {

        private static final long serialVersionUID = 1L;

        @Override
        public Long createAccumulator() {
            return 0L;
        }

        @Override
        public Long add(String value, Long accumulator) {
            return accumulator + 1;
        }

        @Override
        public Long getResult(Long accumulator) {
            return accumulator;
        }

        @Override
        public Long merge(Long a, Long b) {
            return a + b;
        }
    }

    /** Describes each fired window: key, bounds, what it got, the watermark when it fired. */
    private static final class Describe<T> extends ProcessWindowFunction<T, String, String, TimeWindow> {

        private static final long serialVersionUID = 1L;

        @Override
        public void process(String key, Context context, Iterable<T> elements, Collector<String> out) {
            TimeWindow w = context.window();
            out.collect(key + "[" + w.getStart() + "," + w.getEnd() + ")=" + elements + " wm=" + context.currentWatermark());
        }
    }

    /** A spec with the assigner's default trigger. */
    private static WindowSpec spec(WindowAssigner<?, ?> assigner, Object incremental, TypeInformation<?> contentsType,
            ProcessWindowFunction<?, ?, ?, ?> windowFunction, long lateness, OutputTag<String> lateTag) {
        return new WindowSpec(assigner, assigner.getDefaultTrigger(), null, incremental, contentsType, windowFunction, lateness, lateTag);
    }

    private static OperatorTestHarness<String, Object> open(WindowSpec spec) throws Exception {
        return OperatorTestHarness.<String, Object>of(new WindowOperator<>(spec)).keyedBy(value -> value.substring(0, 1)).open();
    }

    private static WindowSpec reduce(WindowAssigner<?, ?> assigner, long lateness, OutputTag<String> lateTag) {
        return spec(assigner, JOIN, Types.STRING, null, lateness, lateTag);
    }

    private static WindowSpec reduce(WindowAssigner<?, ?> assigner, Trigger<?, ?> trigger) {
        return new WindowSpec(assigner, trigger, null, JOIN, Types.STRING, null, 0, null);
    }

    @Test
    public void tumblingEventTimeWindowsFireWhenTheWatermarkPassesTheirEnd() throws Exception {
        OperatorTestHarness<String, Object> harness = open(reduce(TumblingEventTimeWindows.of(Duration.ofMillis(10)), 0, null));
        harness.processElement("a1", 1);
        harness.processElement("a2", 5);
        harness.processElement("b3", 7);
        harness.processElement("a4", 12);
        harness.processElement("a5", 9);
        harness.processWatermark(8);
        assertEquals(List.of(new Watermark(8)), harness.output.elements());

        harness.processWatermark(9);
        harness.processWatermark(30);

        assertEquals(List.of(new Watermark(8), emitted("a1+a2+a5", 9), emitted("b3", 9), new Watermark(9), emitted("a4", 19),
                new Watermark(30)), harness.output.elements());
        assertEquals("fired windows leave no state", 0, harness.keyedStateBackend().numKeyValueEntries());
    }

    @Test
    public void slidingEventTimeWindowsPutAnElementIntoEveryWindowThatCoversIt() throws Exception {
        WindowSpec spec = spec(SlidingEventTimeWindows.of(Duration.ofMillis(10), Duration.ofMillis(5)), new Count(),
                Types.LONG, new Describe<Long>(), 0, null);
        OperatorTestHarness<String, Object> harness = open(spec);
        harness.processElement("a1", 7);
        harness.processElement("a2", 12);
        harness.processElement("b1", -3);
        harness.processWatermark(100);

        assertEquals(List.of(
                emitted("b[-10,0)=[1] wm=100", -1),
                emitted("b[-5,5)=[1] wm=100", 4),
                emitted("a[0,10)=[1] wm=100", 9),
                emitted("a[5,15)=[2] wm=100", 14),
                emitted("a[10,20)=[1] wm=100", 19)), harness.output.records());
    }

    @Test
    public void processWindowFunctionGetsEveryElementInArrivalOrder() throws Exception {
        WindowSpec spec = spec(TumblingEventTimeWindows.of(Duration.ofMillis(10)), null, Types.LIST(Types.STRING),
                new Describe<String>(), 0, null);
        OperatorTestHarness<String, Object> harness = open(spec);
        harness.processElement("a3", 3);
        harness.processElement("a1", 1);
        harness.processElement("a2", 2);
        harness.processWatermark(15);

        assertEquals(List.of(emitted("a[0,10)=[a3, a1, a2] wm=15", 9)), harness.output.records());
    }

    @Test
    public void aggregateEmitsTheResultWithoutAWindowFunction() throws Exception {
        WindowSpec spec = spec(TumblingEventTimeWindows.of(Duration.ofMillis(10)), new Count(), Types.LONG, null, 0, null);
        OperatorTestHarness<String, Object> harness = open(spec);
        harness.processElement("a1", 1);
        harness.processElement("a2", 2);
        harness.processElement("b1", 11);
        harness.processWatermark(Long.MAX_VALUE);

        assertEquals(List.of(emitted(2L, 9), emitted(1L, 19)), harness.output.records());
    }

    @Test
    public void lateElementsWithinTheAllowedLatenessFireTheWindowAgainAndLaterOnesGoToTheSideOutput() throws Exception {
        OperatorTestHarness<String, Object> harness = open(reduce(TumblingEventTimeWindows.of(Duration.ofMillis(10)), 5, LATE));
        harness.processElement("a3", 3);
        harness.processWatermark(9);
        harness.processElement("a4", 4);
        harness.processElement("a11", 11);
        harness.processWatermark(14);
        harness.processElement("a5", 5);
        harness.processWatermark(100);

        assertEquals(List.of(emitted("a3", 9), new Watermark(9), emitted("a3+a4", 9), new Watermark(14), emitted("a11", 19),
                new Watermark(100)), harness.output.elements());
        assertEquals(List.of(emitted("a5", 5)), harness.output.sideOutput(LATE));
        assertEquals(0, harness.keyedStateBackend().numKeyValueEntries());
    }

    @Test
    public void lateElementsWithoutSideOutputAreDropped() throws Exception {
        OperatorTestHarness<String, Object> harness = open(reduce(TumblingEventTimeWindows.of(Duration.ofMillis(10)), 0, null));
        harness.processElement("a1", 1);
        harness.processWatermark(9);
        harness.processElement("a2", 2);
        harness.processElement("a9", 9);
        harness.processWatermark(100);

        assertEquals(List.of(emitted("a1", 9)), harness.output.records());
        assertEquals(0, harness.keyedStateBackend().numKeyValueEntries());
    }

    @Test
    public void lateElementsThatFallIntoNoWindowGoToTheSideOutputToo() throws Exception {
        OperatorTestHarness<String, Object> harness = open(reduce(
                SlidingEventTimeWindows.of(Duration.ofMillis(2), Duration.ofMillis(5)), 0, LATE));
        harness.processElement("a3", 3);
        harness.processElement("a6", 6);
        harness.processWatermark(10);
        harness.processElement("a4", 4);
        harness.processElement("a8", 8);

        assertEquals(List.of(emitted("a6", 6)), harness.output.records());
        assertEquals("a3 (in a gap) is dropped; late a4 and a8 are side output, as in Flink",
                List.of(emitted("a4", 4), emitted("a8", 8)), harness.output.sideOutput(LATE));
    }

    @Test
    public void tumblingProcessingTimeWindowsFireOnTheClockNotOnWatermarks() throws Exception {
        OperatorTestHarness<String, Object> harness = open(reduce(TumblingProcessingTimeWindows.of(Duration.ofMillis(10)), 0, null));
        harness.setProcessingTime(3);
        harness.processElement("a1", 500);
        harness.setProcessingTime(7);
        harness.processElement("a2");
        harness.processElement("b1");
        harness.processWatermark(1000);
        assertEquals(List.of(), harness.output.records());

        harness.setProcessingTime(8);
        harness.processElement("a3");
        harness.setProcessingTime(12);

        assertEquals(List.of(emitted("a1+a2+a3", 9), emitted("b1", 9)), harness.output.records());
        assertEquals(0, harness.keyedStateBackend().numKeyValueEntries());
        harness.processElement("a4");
        harness.setProcessingTime(19);
        assertEquals(List.of(emitted("a1+a2+a3", 9), emitted("b1", 9), emitted("a4", 19)), harness.output.records());
    }

    @Test
    public void slidingProcessingTimeWindowsUseTheClockForAssignment() throws Exception {
        OperatorTestHarness<String, Object> harness = open(reduce(
                SlidingProcessingTimeWindows.of(Duration.ofMillis(10), Duration.ofMillis(5)), 0, null));
        harness.setProcessingTime(7);
        harness.processElement("a1");
        harness.setProcessingTime(12);
        harness.processElement("a2");
        harness.setProcessingTime(30);

        assertEquals(List.of(emitted("a1", 9), emitted("a1+a2", 14), emitted("a2", 19)), harness.output.records());
    }

    @Test
    public void aCountTriggerFiresAGlobalWindowEveryNElementsAndKeepsItsContents() throws Exception {
        OperatorTestHarness<String, Object> harness = open(reduce(GlobalWindows.create(), CountTrigger.of(3)));
        for (String value : List.of("a1", "a2", "b1", "a3", "a4", "b2", "a5", "b3", "a6")) {
            harness.processElement(value);
        }
        harness.processWatermark(Long.MAX_VALUE);

        assertEquals(List.of(emitted("a1+a2+a3", Long.MAX_VALUE), emitted("b1+b2+b3", Long.MAX_VALUE),
                emitted("a1+a2+a3+a4+a5+a6", Long.MAX_VALUE)), harness.output.records());
    }

    @Test
    public void aPurgingTriggerDropsTheContentsEachTimeItFires() throws Exception {
        OperatorTestHarness<String, Object> harness = open(reduce(GlobalWindows.create(), PurgingTrigger.of(CountTrigger.of(2))));
        for (String value : List.of("a1", "a2", "a3", "a4", "a5")) {
            harness.processElement(value);
        }

        assertEquals(List.of(emitted("a1+a2", Long.MAX_VALUE), emitted("a3+a4", Long.MAX_VALUE)), harness.output.records());
    }

    @Test
    public void theNeverTriggerOfGlobalWindowsDoesNotFireEvenOnTheFinalWatermark() throws Exception {
        OperatorTestHarness<String, Object> harness = open(reduce(GlobalWindows.create(), 0, null));
        harness.processElement("a1");
        harness.processWatermark(Long.MAX_VALUE);

        assertEquals(List.of(), harness.output.records());
    }

    @Test
    public void aCountTriggerOnTimeWindowsKeepsItsCountPerWindowAndLosesItAtCleanup() throws Exception {
        OperatorTestHarness<String, Object> harness = open(reduce(TumblingEventTimeWindows.of(Duration.ofMillis(10)), CountTrigger.of(2)));
        harness.processElement("a1", 1);
        harness.processElement("a11", 11);
        harness.processElement("a2", 2);
        harness.processElement("a3", 3);
        harness.processWatermark(9);
        harness.processElement("a12", 12);
        harness.processWatermark(100);

        assertEquals("the count trigger ignores time; each window fires on its own count",
                List.of(emitted("a1+a2", 9), emitted("a11+a12", 19)), harness.output.records());
        assertEquals("contents and counts are dropped at each window's cleanup time", 0,
                harness.keyedStateBackend().numKeyValueEntries());
    }

    @Test
    public void aPurgingEventTimeTriggerEmitsLateFiringsWithOnlyTheLateElements() throws Exception {
        WindowSpec spec = new WindowSpec(TumblingEventTimeWindows.of(Duration.ofMillis(10)), PurgingTrigger.of(EventTimeTrigger.create()),
                null, JOIN, Types.STRING, null, 10, null);
        OperatorTestHarness<String, Object> harness = open(spec);
        harness.processElement("a1", 1);
        harness.processElement("a2", 2);
        harness.processWatermark(10);
        harness.processElement("a3", 3);

        assertEquals(List.of(emitted("a1+a2", 9), emitted("a3", 9)), harness.output.records());
    }

    @Test
    public void processingTimeTriggerOnEventTimeWindowsFiresOnTheClock() throws Exception {
        OperatorTestHarness<String, Object> harness = open(reduce(TumblingEventTimeWindows.of(Duration.ofMillis(10)),
                ProcessingTimeTrigger.create()));
        harness.processElement("a1", 1);
        harness.processElement("a2", 15);
        harness.setProcessingTime(9);

        assertEquals(List.of(emitted("a1", 9)), harness.output.records());
        harness.setProcessingTime(20);
        assertEquals(List.of(emitted("a1", 9), emitted("a2", 19)), harness.output.records());
    }

    @Test
    public void aCountEvictorKeepsTheLastElementsBeforeTheReduceRuns() throws Exception {
        TumblingEventTimeWindows assigner = TumblingEventTimeWindows.of(Duration.ofMillis(10));
        OperatorTestHarness<String, Object> harness = open(new WindowSpec(assigner, assigner.getDefaultTrigger(), CountEvictor.of(2),
                JOIN, Types.LIST(Types.STRING), null, 0, null));
        harness.processElement("a1", 1);
        harness.processElement("a2", 2);
        harness.processElement("a3", 3);
        harness.processElement("b1", 4);
        harness.processWatermark(9);

        assertEquals(List.of(emitted("a2+a3", 9), emitted("b1", 9)), harness.output.records());
        assertEquals(0, harness.keyedStateBackend().numKeyValueEntries());
    }

    @Test
    public void aTimeEvictorKeepsTheElementsWithinItsSizeOfTheLatestTimestamp() throws Exception {
        TumblingEventTimeWindows assigner = TumblingEventTimeWindows.of(Duration.ofMillis(10));
        OperatorTestHarness<String, Object> harness = open(new WindowSpec(assigner, assigner.getDefaultTrigger(),
                TimeEvictor.of(Duration.ofMillis(3)), null, Types.LIST(Types.STRING), new Describe<String>(), 0, null));
        harness.processElement("a8", 8);
        harness.processElement("a1", 1);
        harness.processElement("a5", 5);
        harness.processElement("a6", 6);
        harness.processWatermark(9);

        assertEquals("latest 8, size 3: elements at 5 or earlier go", List.of(emitted("a[0,10)=[a8, a6] wm=9", 9)),
                harness.output.records());
    }

    @Test
    public void anEvictorAfterTheFunctionLeavesTheRestForTheNextFiring() throws Exception {
        OperatorTestHarness<String, Object> harness = open(new WindowSpec(GlobalWindows.create(), CountTrigger.of(3),
                CountEvictor.of(1, true), JOIN, Types.LIST(Types.STRING), null, 0, null));
        for (String value : List.of("a1", "a2", "a3", "a4", "a5", "a6")) {
            harness.processElement(value);
        }

        assertEquals(List.of(emitted("a1+a2+a3", Long.MAX_VALUE), emitted("a3+a4+a5+a6", Long.MAX_VALUE)),
                harness.output.records());
    }

    @Test
    public void eventTimeWindowsRejectRecordsWithoutTimestamp() throws Exception {
        OperatorTestHarness<String, Object> harness = open(reduce(TumblingEventTimeWindows.of(Duration.ofMillis(10)), 0, null));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> harness.processElement("a1"));
        assertTrue(e.getMessage(), e.getMessage().contains("TumblingEventTimeWindows needs event-time timestamps"));
    }
}
