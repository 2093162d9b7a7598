package io.riffle.taskmanager.internal.operators;

import static io.riffle.taskmanager.internal.operators.TestingOutput.emitted;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.riffle.api.common.functions.OpenContext;
import io.riffle.api.common.state.ValueState;
import io.riffle.api.common.state.ValueStateDescriptor;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.streaming.api.functions.KeyedProcessFunction;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.util.Collector;
import io.riffle.util.OutputTag;
import java.util.List;
import org.junit.Test;

/**
 * KeyedProcessOperator: keyed state, and timers per key: processing-time timers through the
 * processing-time service, event-time timers as watermarks pass them. Elements are strings whose
 * first character is the key.
 */
public class KeyedProcessOperatorTest {

    private static final OutputTag<String> LATE = new OutputTag<>("late", Types.STRING);

    /** Counts elements per key in keyed state; what it does per element and per timer is up to the test. */
    private static final class TestingFunction extends KeyedProcessFunction<String, String, String> {

        private static final long serialVersionUID = 1L;

        interface OnElement {
            void apply(String value, KeyedProcessFunction<String, String, String>.Context ctx, Collector<String> out) throws Exception;
        }

        interface OnTimer {
            void apply(long time, KeyedProcessFunction<String, String, String>.OnTimerContext ctx, Collector<String> out)
                    throws Exception;
        }

        private final OnElement onElement;
        private OnTimer onTimer = (time, ctx, out) -> out.collect(
                ctx.getCurrentKey() + "@" + time + " " + ctx.timeDomain() + " ts=" + ctx.timestamp());
        ValueState<Integer> count;

        TestingFunction(OnElement onElement) {
            this.onElement = onElement;
        }

        TestingFunction onTimer(OnTimer action) {
            this.onTimer = action;
            return this;
        }

        @Override
        public void open(OpenContext openContext) {
            count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Types.INT));
        }

        @Override
        public void processElement(String value, Context ctx, Collector<String> out) throws Exception {
            count.update(count.value() == null ? 1 : count.value() + 1);
            onElement.apply(value, ctx, out);
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
            onTimer.apply(timestamp, ctx, out);
        }
    }

    private static OperatorTestHarness<String, String> open(TestingFunction function) throws Exception {
        return OperatorTestHarness.<String, String>of(new KeyedProcessOperator<>(function))
                .keyedBy(value -> value.substring(0, 1))
                .open();
    }

    /** Registers a processing-time timer at the number after the key, e.g. "a100". */
    private static TestingFunction processingTimeTimerAtSuffix() {
        return new TestingFunction((value, ctx, out) -> ctx.timerService().registerProcessingTimeTimer(Long.parseLong(value.substring(1))));
    }

    private static TestingFunction eventTimeTimerAtSuffix() {
        return new TestingFunction((value, ctx, out) -> ctx.timerService().registerEventTimeTimer(Long.parseLong(value.substring(1))));
    }

    @Test
    public void keepsStatePerKeyAndTellsTheFunctionTheRecordsKey() throws Exception {
        TestingFunction[] self = new TestingFunction[1];
        self[0] = new TestingFunction((value, ctx, out) -> out.collect(ctx.getCurrentKey() + "=" + self[0].count.value()));
        OperatorTestHarness<String, String> harness = open(self[0]);

        harness.processElement("a1", 1);
        harness.processElement("b1", 2);
        harness.processElement("a2", 3);

        assertEquals(List.of(emitted("a=1", 1), emitted("b=1", 2), emitted("a=2", 3)), harness.output.elements());
    }

    @Test
    public void firesAProcessingTimeTimerOnceTheClockReachesItWithItsKeyAndNoTimestamp() throws Exception {
        OperatorTestHarness<String, String> harness = open(processingTimeTimerAtSuffix());

        harness.processElement("a100", 5);
        harness.setProcessingTime(99);
        assertEquals(List.of(), harness.output.elements());

        harness.setProcessingTime(100);
        assertEquals(List.of(emitted("a@100 PROCESSING_TIME ts=null")), harness.output.elements());
    }

    @Test
    public void firesProcessingTimeTimersInTimeOrderAcrossKeysAndEachOnlyOnce() throws Exception {
        OperatorTestHarness<String, String> harness = open(processingTimeTimerAtSuffix());
        harness.processElement("a300");
        harness.processElement("b100");
        harness.processElement("c200");

        harness.setProcessingTime(150);
        assertEquals(List.of("b@100 PROCESSING_TIME ts=null"), harness.output.values());
        harness.setProcessingTime(250);
        harness.setProcessingTime(1_000);

        assertEquals(List.of("b@100 PROCESSING_TIME ts=null", "c@200 PROCESSING_TIME ts=null", "a@300 PROCESSING_TIME ts=null"),
                harness.output.values());
    }

    @Test
    public void schedulesAWakeUpOnlyForATimerEarlierThanTheOneAlreadyScheduled() throws Exception {
        OperatorTestHarness<String, String> harness = open(processingTimeTimerAtSuffix());

        harness.processElement("a300");
        harness.processElement("b100");
        harness.processElement("c200");
        harness.processElement("d400");

        assertEquals(List.of(300L, 100L), harness.processingTime.registrations());
    }

    @Test
    public void runsTimersInTheStateOfTheirOwnKey() throws Exception {
        TestingFunction function = processingTimeTimerAtSuffix();
        function.onTimer((time, ctx, out) -> out.collect(ctx.getCurrentKey() + " count " + function.count.value()));
        OperatorTestHarness<String, String> harness = open(function);

        harness.processElement("a100");
        harness.processElement("b100");
        harness.processElement("b100");
        harness.setProcessingTime(100);

        assertEquals(List.of("a count 1", "b count 2"), harness.output.values());
    }

    @Test
    public void firesATimerRegisteredTwiceOnlyOnce() throws Exception {
        OperatorTestHarness<String, String> harness = open(eventTimeTimerAtSuffix());

        harness.processElement("a10");
        harness.processElement("a10");
        harness.processWatermark(10);

        assertEquals(List.of("a@10 EVENT_TIME ts=10"), harness.output.values());
    }

    @Test
    public void doesNotFireDeletedTimers() throws Exception {
        OperatorTestHarness<String, String> harness = open(new TestingFunction((value, ctx, out) -> {
            ctx.timerService().registerProcessingTimeTimer(100);
            ctx.timerService().registerEventTimeTimer(100);
            if (value.equals("b")) {
                ctx.timerService().deleteProcessingTimeTimer(100);
                ctx.timerService().deleteEventTimeTimer(100);
            }
        }));

        harness.processElement("a");
        harness.processElement("b");
        harness.setProcessingTime(100);
        harness.processWatermark(100);

        assertEquals(List.of("a@100 PROCESSING_TIME ts=null", "a@100 EVENT_TIME ts=100"), harness.output.values());
    }

    @Test
    public void firesEventTimeTimersBeforeForwardingTheWatermarkThatPassesThem() throws Exception {
        OperatorTestHarness<String, String> harness = open(eventTimeTimerAtSuffix());
        harness.processElement("a20", 10);
        harness.processElement("b15", 11);

        harness.processWatermark(14);
        harness.processWatermark(20);

        assertEquals(List.of(new Watermark(14), emitted("b@15 EVENT_TIME ts=15", 15), emitted("a@20 EVENT_TIME ts=20", 20),
                new Watermark(20)), harness.output.elements());
    }

    @Test
    public void letsATimerRegisterTheNextOneForPeriodicWork() throws Exception {
        TestingFunction function = new TestingFunction((value, ctx, out) -> ctx.timerService().registerProcessingTimeTimer(100));
        function.onTimer((time, ctx, out) -> {
            out.collect(ctx.getCurrentKey() + "@" + time);
            ctx.timerService().registerProcessingTimeTimer(time + 100);
        });
        OperatorTestHarness<String, String> harness = open(function);

        harness.processElement("a");
        harness.setProcessingTime(100);
        harness.setProcessingTime(200);
        harness.setProcessingTime(300);

        assertEquals(List.of("a@100", "a@200", "a@300"), harness.output.values());
    }

    @Test
    public void givesTheFunctionTheWatermarkAndTheProcessingTime() throws Exception {
        OperatorTestHarness<String, String> harness = open(new TestingFunction((value, ctx, out) -> out.collect(
                ctx.timerService().currentWatermark() + "/" + ctx.timerService().currentProcessingTime())));

        harness.setProcessingTime(500);
        harness.processWatermark(42);
        harness.processElement("a");

        assertEquals(List.of("42/500"), harness.output.values());
    }

    @Test
    public void sendsSideOutputsWithTheElementOrTimerTimestamp() throws Exception {
        TestingFunction function = new TestingFunction((value, ctx, out) -> {
            ctx.output(LATE, "element " + value);
            ctx.timerService().registerEventTimeTimer(30);
        });
        function.onTimer((time, ctx, out) -> ctx.output(LATE, "timer " + ctx.getCurrentKey()));
        OperatorTestHarness<String, String> harness = open(function);

        harness.processElement("a", 7);
        harness.processElement("b");
        harness.processWatermark(30);

        assertEquals(List.of(emitted("element a", 7), emitted("element b"), emitted("timer a", 30), emitted("timer b", 30)),
                harness.output.sideOutput(LATE));
    }

    @Test
    public void refusesToTellTheTimeDomainOutsideOfATimer() throws Exception {
        OperatorTestHarness<String, String> harness = open(new TestingFunction(
                (value, ctx, out) -> ((KeyedProcessFunction<String, String, String>.OnTimerContext) ctx).timeDomain()));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> harness.processElement("a"));
        assertEquals("timeDomain() is only defined in onTimer()", e.getMessage());
    }
}
