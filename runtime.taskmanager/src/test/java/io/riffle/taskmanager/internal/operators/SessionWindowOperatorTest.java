package io.riffle.taskmanager.internal.operators;

import static io.riffle.taskmanager.internal.operators.TestingOutput.emitted;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.riffle.api.common.functions.ReduceFunction;
import io.riffle.api.common.state.ValueState;
import io.riffle.api.common.state.ValueStateDescriptor;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.streaming.api.functions.windowing.ProcessWindowFunction;
import io.riffle.streaming.api.operators.WindowSpec;
import io.riffle.streaming.api.windowing.assigners.EventTimeSessionWindows;
import io.riffle.streaming.api.windowing.assigners.ProcessingTimeSessionWindows;
import io.riffle.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import io.riffle.streaming.api.windowing.assigners.WindowAssigner;
import io.riffle.streaming.api.windowing.evictors.CountEvictor;
import io.riffle.streaming.api.windowing.triggers.CountTrigger;
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
 * Merging (session) windows and per-window state against hand-computed outputs. As in
 * WindowOperatorTest, elements are strings keyed by their first character and reduce joins them
 * with '+'; an element at time t opens the session [t, t + gap), and sessions that overlap or touch
 * merge.
 */
public class SessionWindowOperatorTest {

    private static final OutputTag<String> LATE = new OutputTag<>("late", Types.STRING);
    private static final ReduceFunction<String> JOIN = (x, y) -> x + "+" + y;
    private static final EventTimeSessionWindows GAP_10 = EventTimeSessionWindows.withGap(Duration.ofMillis(10));

    private static OperatorTestHarness<String, Object> open(WindowSpec spec) throws Exception {
        return OperatorTestHarness.<String, Object>of(new WindowOperator<>(spec)).keyedBy(value -> value.substring(0, 1)).open();
    }

    private static WindowSpec sessions(WindowAssigner<?, ?> assigner, Trigger<?, ?> trigger, long lateness, OutputTag<String> lateTag) {
        return new WindowSpec(assigner, trigger, null, JOIN, Types.STRING, null, lateness, lateTag);
    }

    private static WindowSpec sessions(WindowAssigner<?, ?> assigner) {
        return sessions(assigner, assigner.getDefaultTrigger(), 0, LATE);
    }

    /** Describes each firing: key, session bounds and the joined elements. */
    private static final class Describe extends ProcessWindowFunction<String, String, String, TimeWindow> {

        private static final long serialVersionUID = 1L;

        @Override
        public void process(String key, Context context, Iterable<String> elements, Collector<String> out) {
            TimeWindow w = context.window();
            out.collect(key + "[" + w.getStart() + "," + w.getEnd() + ")=" + elements.iterator().next());
        }
    }

    @Test
    public void elementsLessThanTheGapApartFormOneSessionAndTouchingSessionsMerge() throws Exception {
        OperatorTestHarness<String, Object> harness = open(sessions(GAP_10));
        harness.processElement("a1", 0);   // a [0,10)
        harness.processElement("a2", 5);   // a [5,15) overlaps: a [0,15)
        harness.processElement("b1", 3);   // b [3,13)
        harness.processElement("a3", 30);  // a [30,40), 15 ms after a's first session ended
        harness.processElement("a4", 20);  // a [20,30) touches [30,40): a [20,40)
        harness.processWatermark(100);

        // fired in the order of the sessions' ends: b at 12, a's first at 14, a's second at 39
        assertEquals(List.of(emitted("b1", 12), emitted("a1+a2", 14), emitted("a3+a4", 39), new Watermark(100)),
                harness.output.elements());
        assertEquals("fired sessions leave no contents, trigger state or window set", 0,
                harness.keyedStateBackend().numKeyValueEntries());
    }

    @Test
    public void anOutOfOrderElementBridgesTwoSessionsWhichThenFireOnceTogether() throws Exception {
        WindowSpec spec = new WindowSpec(GAP_10, GAP_10.getDefaultTrigger(), null, JOIN, Types.STRING, new Describe(), 0, null);
        OperatorTestHarness<String, Object> harness = open(spec);
        harness.processElement("a1", 0);   // a [0,10)
        harness.processElement("a2", 14);  // a [14,24): 4 ms apart from the first session
        harness.processWatermark(5);
        harness.processElement("a3", 7);   // a [7,17) overlaps both: a [0,24)
        harness.processWatermark(20);
        assertEquals("the timer of [0,10) went with the merge", List.of(), harness.output.records());

        harness.processWatermark(23);

        assertEquals(List.of(emitted("a[0,24)=a1+a2+a3", 23)), harness.output.records());
        assertEquals(0, harness.keyedStateBackend().numKeyValueEntries());
    }

    @Test
    public void anElementTooLateForItsSessionGoesToTheSideOutputAndDoesNotReopenIt() throws Exception {
        OperatorTestHarness<String, Object> harness = open(sessions(GAP_10));
        harness.processElement("a1", 0);   // a [0,10), fires at watermark 9
        harness.processWatermark(20);
        harness.processElement("a2", 5);   // a [5,15) ended before watermark 20: late
        harness.processElement("a3", 12);  // a [12,22) is still open
        harness.processWatermark(100);

        assertEquals(List.of(emitted("a1", 9), emitted("a3", 21)), harness.output.records());
        assertEquals(List.of(emitted("a2", 5)), harness.output.sideOutput(LATE));
    }

    @Test
    public void withAllowedLatenessALateElementMergesAFiredSessionWithALaterOneAndFiresTheResult() throws Exception {
        OperatorTestHarness<String, Object> harness = open(sessions(GAP_10, GAP_10.getDefaultTrigger(), 10, LATE));
        harness.processElement("a1", 0);   // a [0,10), fires at 9 and is kept until 19
        harness.processWatermark(9);
        harness.processElement("a2", 12);  // a [12,22)
        harness.processElement("a3", 8);   // a [8,18) bridges both: a [0,22), due at 21
        harness.processWatermark(21);

        assertEquals(List.of(emitted("a1", 9), emitted("a1+a2+a3", 21)), harness.output.records());
        assertEquals(List.of(), harness.output.sideOutput(LATE));
    }

    @Test
    public void aCountTriggerCountsTheElementsOfAllMergedSessions() throws Exception {
        OperatorTestHarness<String, Object> harness = open(sessions(GAP_10, CountTrigger.of(3), 0, null));
        harness.processElement("a1", 0);   // a [0,10): count 1
        harness.processElement("a2", 20);  // a [20,30): count 1
        harness.processElement("b1", 10);  // b [10,20): count 1
        harness.processElement("a3", 10);  // a [10,20) touches both: a [0,30), count 1 + 1 + 1
        assertEquals(List.of(emitted("a1+a2+a3", 29)), harness.output.records());

        harness.processElement("a4", 25);  // inside a [0,30): count 1 after the firing
        harness.processWatermark(100);
        assertEquals("a count trigger does not fire on time", List.of(emitted("a1+a2+a3", 29)), harness.output.records());
        assertEquals(0, harness.keyedStateBackend().numKeyValueEntries());
    }

    @Test
    public void processingTimeSessionsCloseAGapAfterTheLastArrival() throws Exception {
        OperatorTestHarness<String, Object> harness = open(sessions(ProcessingTimeSessionWindows.withGap(Duration.ofMillis(10))));
        harness.setProcessingTime(0);
        harness.processElement("a1");      // a [0,10)
        harness.setProcessingTime(8);
        harness.processElement("a2");      // a [8,18): a [0,18)
        harness.setProcessingTime(12);
        assertEquals("the first session's end moved with the merge", List.of(), harness.output.records());

        harness.setProcessingTime(16);
        harness.processElement("a3");      // a [16,26): a [0,26)
        harness.setProcessingTime(30);     // fires a [0,26) at 25
        harness.processElement("a4");      // a [30,40): a new session
        harness.setProcessingTime(40);

        assertEquals(List.of(emitted("a1+a2+a3", 25), emitted("a4", 39)), harness.output.records());
    }

    @Test
    public void dynamicGapsComeFromTheElements() throws Exception {
        // the element's number is its gap
        OperatorTestHarness<String, Object> harness = open(sessions(
                EventTimeSessionWindows.<Object>withDynamicGap(element -> Long.parseLong(((String) element).substring(1)))));
        harness.processElement("a5", 0);   // a [0,5)
        harness.processElement("a3", 10);  // a [10,13)
        harness.processWatermark(4);       // fires and drops a [0,5)
        harness.processElement("a9", 3);   // a [3,12) merges with [10,13) only: a [3,13)
        harness.processWatermark(100);

        assertEquals(List.of(emitted("a5", 4), emitted("a3+a9", 12)), harness.output.records());
    }

    @Test
    public void anEvictorSeesTheElementsOfAllMergedSessions() throws Exception {
        WindowSpec spec = new WindowSpec(GAP_10, GAP_10.getDefaultTrigger(), CountEvictor.of(2), JOIN, Types.LIST(Types.STRING), null, 0,
                null);
        OperatorTestHarness<String, Object> harness = open(spec);
        harness.processElement("a1", 0);
        harness.processElement("a2", 20);
        harness.processElement("a3", 12);  // a [12,22) merges with [20,30), not with [0,10)
        harness.processElement("a4", 9);   // a [9,19) bridges: a [0,30) holds a1, then a2 and a3, then a4
        harness.processWatermark(100);

        assertEquals("the evictor keeps the last two elements", List.of(emitted("a3+a4", 29)), harness.output.records());
    }

    /** Counts its firings per window in per-window state, and clears it when the window goes. */
    private static final class FiringsPerWindow extends ProcessWindowFunction<String, String, String, TimeWindow> {

        private static final long serialVersionUID = 1L;
        private static final ValueStateDescriptor<Integer> FIRINGS = new ValueStateDescriptor<>("firings", Types.INT);

        @Override
        public void process(String key, Context context, Iterable<String> elements, Collector<String> out) throws Exception {
            ValueState<Integer> firings = context.windowState().getState(FIRINGS);
            int firing = firings.value() == null ? 1 : firings.value() + 1;
            firings.update(firing);
            out.collect(key + context.window().getStart() + " #" + firing + " " + elements.iterator().next());
        }

        @Override
        public void clear(Context context) throws Exception {
            context.windowState().getState(FIRINGS).clear();
        }
    }

    @Test
    public void perWindowStateIsKeptPerWindowAcrossLateFiringsAndClearedWithTheWindow() throws Exception {
        WindowSpec spec = new WindowSpec(TumblingEventTimeWindows.of(Duration.ofMillis(10)),
                TumblingEventTimeWindows.of(Duration.ofMillis(10)).getDefaultTrigger(), null, JOIN, Types.STRING,
                new FiringsPerWindow(), 10, null);
        OperatorTestHarness<String, Object> harness = open(spec);
        harness.processElement("a1", 1);
        harness.processElement("a11", 11);
        harness.processWatermark(9);
        harness.processElement("a2", 2);   // late, within the lateness: fires [0,10) a second time
        harness.processWatermark(100);

        assertEquals(List.of(emitted("a0 #1 a1", 9), emitted("a0 #2 a1+a2", 9), emitted("a10 #1 a11", 19)), harness.output.records());
        assertEquals("per-window state goes with the window", 0, harness.keyedStateBackend().numKeyValueEntries());
    }

    @Test
    public void perWindowStateIsRefusedForMergingWindows() throws Exception {
        WindowSpec spec = new WindowSpec(GAP_10, GAP_10.getDefaultTrigger(), null, JOIN, Types.STRING, new FiringsPerWindow(), 0, null);
        OperatorTestHarness<String, Object> harness = open(spec);
        harness.processElement("a1", 1);

        assertThrows(UnsupportedOperationException.class, () -> harness.processWatermark(100));
    }
}
