package io.riffle.taskmanager.internal.operators;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.riffle.api.common.functions.OpenContext;
import io.riffle.api.connector.sink2.Sink;
import io.riffle.api.connector.sink2.SinkWriter;
import io.riffle.api.connector.sink2.WriterInitContext;
import io.riffle.streaming.api.functions.sink.RichSinkFunction;
import io.riffle.streaming.api.functions.sink.SinkFunction;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** SinkWriterOperator and SinkFunctionOperator: what the user's sink sees, and when. */
public class SinkOperatorsTest {

    /** A sink whose writers log every call into the sink's {@code calls}. */
    private static final class TestingSink implements Sink<String> {

        private static final long serialVersionUID = 1L;

        final transient List<String> calls = new ArrayList<>();
        private final boolean failWrites;

        TestingSink(boolean failWrites) {
            this.failWrites = failWrites;
        }

        @Override
        public SinkWriter<String> createWriter(WriterInitContext context) {
            calls.add("createWriter subtask " + context.getSubtaskId() + " of " + context.getNumberOfParallelSubtasks()
                    + " attempt " + context.getAttemptNumber());
            return new SinkWriter<>() {
                @Override
                public void write(String element, Context ctx) throws IOException {
                    if (failWrites) {
                        throw new IOException("disk full");
                    }
                    calls.add("write " + element + " ts=" + ctx.timestamp() + " wm=" + ctx.currentWatermark());
                }

                @Override
                public void flush(boolean endOfInput) {
                    calls.add("flush " + endOfInput);
                }

                @Override
                public void close() {
                    calls.add("close writer");
                }
            };
        }
    }

    /** A rich sink function that logs its life cycle and what it sees per record. */
    private static final class TestingSinkFunction extends RichSinkFunction<String> {

        private static final long serialVersionUID = 1L;

        final transient List<String> calls = new ArrayList<>();

        @Override
        public void open(OpenContext openContext) {
            calls.add("open subtask " + getRuntimeContext().getIndexOfThisSubtask());
        }

        @Override
        public void invoke(String value, Context context) {
            calls.add("invoke " + value + " ts=" + context.timestamp() + " wm=" + context.currentWatermark() + " pt="
                    + context.currentProcessingTime());
        }

        @Override
        public void finish() {
            calls.add("finish");
        }

        @Override
        public void close() {
            calls.add("close");
        }
    }

    @Test
    public void createsOneWriterForItsSubtaskAndWritesEveryRecordWithItsTimestampAndTheWatermark() throws Exception {
        TestingSink sink = new TestingSink(false);
        OperatorTestHarness<String, Object> harness = OperatorTestHarness.<String, Object>of(new SinkWriterOperator<>(sink)).open();

        harness.processElement("a", 5);
        harness.processWatermark(10);
        harness.processElement("b");

        TaskInfo task = OperatorTestHarness.TASK_INFO;
        assertEquals(List.of("createWriter subtask " + task.subtaskIndex() + " of " + task.parallelism() + " attempt "
                + task.attemptNumber(), "write a ts=5 wm=" + Long.MIN_VALUE, "write b ts=null wm=10"), sink.calls);
    }

    @Test
    public void flushesAtEndOfInputOnFinishAndClosesTheWriterOnClose() throws Exception {
        TestingSink sink = new TestingSink(false);
        OperatorTestHarness<String, Object> harness = OperatorTestHarness.<String, Object>of(new SinkWriterOperator<>(sink)).open();

        harness.processElement("a");
        harness.finish();
        harness.close();

        assertEquals(List.of("write a ts=null wm=" + Long.MIN_VALUE, "flush true", "close writer"),
                sink.calls.subList(1, sink.calls.size()));
    }

    @Test
    public void failsWithTheWritersExceptionAndStillClosesTheWriter() throws Exception {
        TestingSink sink = new TestingSink(true);
        OperatorTestHarness<String, Object> harness = OperatorTestHarness.<String, Object>of(new SinkWriterOperator<>(sink)).open();

        IOException e = assertThrows(IOException.class, () -> harness.processElement("a"));
        harness.close();

        assertEquals("disk full", e.getMessage());
        assertEquals("close writer", sink.calls.get(sink.calls.size() - 1));
    }

    @Test
    public void emitsNothingDownstream() throws Exception {
        OperatorTestHarness<String, Object> harness = OperatorTestHarness.<String, Object>of(
                new SinkWriterOperator<>(new TestingSink(false))).open();

        harness.processElement("a", 1);

        assertEquals(List.of(), harness.output.records());
    }

    @Test
    public void callsTheSinkFunctionThroughItsWholeLifeCycle() throws Exception {
        TestingSinkFunction function = new TestingSinkFunction();
        OperatorTestHarness<String, Object> harness = OperatorTestHarness.<String, Object>of(new SinkFunctionOperator<>(function));

        harness.open();
        harness.setProcessingTime(1_000);
        harness.processElement("a", 5);
        harness.processWatermark(7);
        harness.processElement("b");
        harness.finish();
        harness.close();

        assertEquals(List.of("open subtask " + OperatorTestHarness.TASK_INFO.subtaskIndex(),
                "invoke a ts=5 wm=" + Long.MIN_VALUE + " pt=1000", "invoke b ts=null wm=7 pt=1000", "finish", "close"),
                function.calls);
    }

    @Test
    public void callsTheOneArgumentInvokeOfASinkFunctionThatOnlyImplementsThat() throws Exception {
        List<String> values = new ArrayList<>();
        SinkFunction<String> plain = new SinkFunction<>() {
            @Override
            public void invoke(String value) {
                values.add(value);
            }
        };
        OperatorTestHarness<String, Object> harness = OperatorTestHarness.<String, Object>of(new SinkFunctionOperator<>(plain)).open();

        harness.processElement("x", 1);
        harness.processElement("y");

        assertEquals(List.of("x", "y"), values);
    }
}
