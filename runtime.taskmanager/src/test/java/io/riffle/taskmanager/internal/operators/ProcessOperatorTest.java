package io.riffle.taskmanager.internal.operators;

import static io.riffle.taskmanager.internal.operators.TestingOutput.emitted;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.typeinfo.Types;
import io.riffle.streaming.api.functions.ProcessFunction;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.util.Collector;
import io.riffle.util.OutputTag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;

/** ProcessOperator: a non-keyed ProcessFunction with side outputs, the clocks, and no timers. */
public class ProcessOperatorTest {

    private static final OutputTag<String> REJECTED = new OutputTag<>("rejected", Types.STRING);
    private static final OutputTag<Integer> LENGTHS = new OutputTag<>("lengths", Types.INT);

    /** Runs {@code body} for each element and records what the context said. */
    private static final class TestingProcessFunction extends ProcessFunction<String, String> {

        private static final long serialVersionUID = 1L;

        interface Body {
            void apply(String value, ProcessFunction<String, String>.Context ctx, Collector<String> out) throws Exception;
        }

        private final Body body;
        final List<Long> timestamps = new ArrayList<>();

        TestingProcessFunction(Body body) {
            this.body = body;
        }

        @Override
        public void processElement(String value, Context ctx, Collector<String> out) throws Exception {
            timestamps.add(ctx.timestamp());
            body.apply(value, ctx, out);
        }
    }

    private static OperatorTestHarness<String, String> open(TestingProcessFunction function) throws Exception {
        return OperatorTestHarness.<String, String>of(new ProcessOperator<>(function)).open();
    }

    @Test
    public void emitsWithTheInputTimestampAndTellsTheFunctionThatTimestamp() throws Exception {
        TestingProcessFunction function = new TestingProcessFunction((value, ctx, out) -> {
            out.collect(value);
            out.collect(value + value);
        });
        OperatorTestHarness<String, String> harness = open(function);

        harness.processElement("a", 7);
        harness.processElement("b");

        assertEquals(List.of(emitted("a", 7), emitted("aa", 7), emitted("b"), emitted("bb")), harness.output.elements());
        assertEquals(Arrays.asList(7L, null), function.timestamps);
    }

    @Test
    public void sendsSideOutputsToTheirTagWithTheInputTimestamp() throws Exception {
        OperatorTestHarness<String, String> harness = open(new TestingProcessFunction((value, ctx, out) -> {
            if (value.startsWith("!")) {
                ctx.output(REJECTED, value);
            } else {
                out.collect(value);
            }
            ctx.output(LENGTHS, value.length());
        }));

        harness.processElement("ok", 1);
        harness.processElement("!bad", 2);
        harness.processElement("!untimed");

        assertEquals(List.of(emitted("ok", 1)), harness.output.elements());
        assertEquals(List.of(emitted("!bad", 2), emitted("!untimed")), harness.output.sideOutput(REJECTED));
        assertEquals(List.of(emitted(2, 1), emitted(4, 2), emitted(8)), harness.output.sideOutput(LENGTHS));
    }

    @Test
    public void givesTheFunctionTheProcessingTimeAndTheLastWatermark() throws Exception {
        List<Long> seen = new ArrayList<>();
        OperatorTestHarness<String, String> harness = open(new TestingProcessFunction((value, ctx, out) -> {
            seen.add(ctx.timerService().currentProcessingTime());
            seen.add(ctx.timerService().currentWatermark());
        }));

        harness.setProcessingTime(1_000);
        harness.processElement("before any watermark");
        harness.processWatermark(50);
        harness.setProcessingTime(2_000);
        harness.processElement("after");

        assertEquals(List.of(1_000L, Long.MIN_VALUE, 2_000L, 50L), seen);
    }

    @Test
    public void refusesTimersAndSaysToUseAKeyedStream() throws Exception {
        OperatorTestHarness<String, String> harness = open(new TestingProcessFunction((value, ctx, out) -> {
            switch (value) {
                case "pt" -> ctx.timerService().registerProcessingTimeTimer(10);
                case "et" -> ctx.timerService().registerEventTimeTimer(10);
                case "delete-pt" -> ctx.timerService().deleteProcessingTimeTimer(10);
                default -> ctx.timerService().deleteEventTimeTimer(10);
            }
        }));

        for (String call : List.of("pt", "et", "delete-pt", "delete-et")) {
            UnsupportedOperationException e = assertThrows(call, UnsupportedOperationException.class, () -> harness.processElement(call));
            assertTrue(e.getMessage(), e.getMessage().contains("keyed stream"));
            assertTrue(e.getMessage(), e.getMessage().contains(OperatorTestHarness.OPERATOR_NAME));
        }
        assertEquals(0, harness.processingTime.pendingTimers());
    }

    @Test
    public void forwardsWatermarks() throws Exception {
        OperatorTestHarness<String, String> harness = open(new TestingProcessFunction((value, ctx, out) -> out.collect(value)));

        harness.processWatermark(3);
        harness.processElement("x", 4);

        assertEquals(List.of(new Watermark(3), emitted("x", 4)), harness.output.elements());
    }
}
