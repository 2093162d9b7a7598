package io.riffle.taskmanager.internal.operators;

import static org.junit.Assert.assertEquals;

import io.riffle.api.common.functions.AbstractRichFunction;
import io.riffle.api.common.functions.OpenContext;
import io.riffle.api.common.functions.RichFilterFunction;
import io.riffle.api.common.functions.RichFlatMapFunction;
import io.riffle.api.common.functions.RichMapFunction;
import io.riffle.api.common.functions.RichReduceFunction;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.api.connector.sink2.Sink;
import io.riffle.api.connector.sink2.SinkWriter;
import io.riffle.api.connector.sink2.WriterInitContext;
import io.riffle.streaming.api.functions.KeyedProcessFunction;
import io.riffle.streaming.api.functions.ProcessFunction;
import io.riffle.streaming.api.functions.sink.RichSinkFunction;
import io.riffle.util.Collector;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * Every operator gives its rich user function a runtime context and opens it in {@code open()},
 * before any record, and closes it in {@code close()}.
 */
public class RichFunctionLifecycleTest {

    private final List<String> log = new ArrayList<>();

    private void opened(AbstractRichFunction function) {
        log.add("open " + function.getRuntimeContext().getIndexOfThisSubtask() + "/"
                + function.getRuntimeContext().getNumberOfParallelSubtasks());
    }

    private void assertOpenedWithContextThenClosed(OperatorTestHarness<?, ?> harness) throws Exception {
        assertEquals(List.of(), log);
        harness.open();
        TaskInfo task = OperatorTestHarness.TASK_INFO;
        String open = "open " + task.subtaskIndex() + "/" + task.parallelism();
        assertEquals(List.of(open), log);
        harness.close();
        assertEquals(List.of(open, "close"), log);
    }

    @Test
    public void mapOpensAndClosesItsFunction() throws Exception {
        assertOpenedWithContextThenClosed(OperatorTestHarness.of(new MapOperator<>(new RichMapFunction<String, String>() {
            @Override
            public void open(OpenContext openContext) {
                opened(this);
            }

            @Override
            public String map(String value) {
                return value;
            }

            @Override
            public void close() {
                log.add("close");
            }
        })));
    }

    @Test
    public void flatMapOpensAndClosesItsFunction() throws Exception {
        assertOpenedWithContextThenClosed(OperatorTestHarness.of(new FlatMapOperator<>(new RichFlatMapFunction<String, String>() {
            @Override
            public void open(OpenContext openContext) {
                opened(this);
            }

            @Override
            public void flatMap(String value, Collector<String> out) {}

            @Override
            public void close() {
                log.add("close");
            }
        })));
    }

    @Test
    public void filterOpensAndClosesItsFunction() throws Exception {
        assertOpenedWithContextThenClosed(OperatorTestHarness.of(new FilterOperator<>(new RichFilterFunction<String>() {
            @Override
            public void open(OpenContext openContext) {
                opened(this);
            }

            @Override
            public boolean filter(String value) {
                return true;
            }

            @Override
            public void close() {
                log.add("close");
            }
        })));
    }

    @Test
    public void processOpensAndClosesItsFunction() throws Exception {
        assertOpenedWithContextThenClosed(OperatorTestHarness.of(new ProcessOperator<>(new ProcessFunction<String, String>() {
            @Override
            public void open(OpenContext openContext) {
                opened(this);
            }

            @Override
            public void processElement(String value, Context ctx, Collector<String> out) {}

            @Override
            public void close() {
                log.add("close");
            }
        })));
    }

    @Test
    public void keyedProcessOpensAndClosesItsFunction() throws Exception {
        assertOpenedWithContextThenClosed(OperatorTestHarness.<String, String>of(
                new KeyedProcessOperator<>(new KeyedProcessFunction<String, String, String>() {
                    @Override
                    public void open(OpenContext openContext) {
                        opened(this);
                    }

                    @Override
                    public void processElement(String value, Context ctx, Collector<String> out) {}

                    @Override
                    public void close() {
                        log.add("close");
                    }
                })).keyedBy(v -> v));
    }

    @Test
    public void keyedReduceOpensAndClosesItsFunction() throws Exception {
        assertOpenedWithContextThenClosed(OperatorTestHarness.<String, String>of(new KeyedReduceOperator<>(new RichReduceFunction<String>() {
            @Override
            public void open(OpenContext openContext) {
                opened(this);
            }

            @Override
            public String reduce(String a, String b) {
                return a + b;
            }

            @Override
            public void close() {
                log.add("close");
            }
        }, Types.STRING)).keyedBy(v -> v));
    }

    @Test
    public void sinkFunctionOperatorOpensAndClosesItsFunction() throws Exception {
        assertOpenedWithContextThenClosed(OperatorTestHarness.of(new SinkFunctionOperator<>(new RichSinkFunction<String>() {
            @Override
            public void open(OpenContext openContext) {
                opened(this);
            }

            @Override
            public void close() {
                log.add("close");
            }
        })));
    }

    /** A sink that is also a rich function: opened before it creates its writer, closed after the writer. */
    private final class RichSink extends AbstractRichFunction implements Sink<String> {

        private static final long serialVersionUID = 1L;

        @Override
        public void open(OpenContext openContext) {
            opened(this);
        }

        @Override
        public SinkWriter<String> createWriter(WriterInitContext context) {
            log.add("create writer");
            return new SinkWriter<>() {
                @Override
                public void write(String element, Context ctx) {}

                @Override
                public void flush(boolean endOfInput) {}

                @Override
                public void close() {
                    log.add("close writer");
                }
            };
        }

        @Override
        public void close() {
            log.add("close");
        }
    }

    @Test
    public void sinkWriterOperatorOpensARichSinkBeforeItsWriterAndClosesItAfter() throws Exception {
        OperatorTestHarness<String, Object> harness = OperatorTestHarness.of(new SinkWriterOperator<>(new RichSink()));

        harness.open();
        harness.close();

        TaskInfo task = OperatorTestHarness.TASK_INFO;
        assertEquals(List.of("open " + task.subtaskIndex() + "/" + task.parallelism(), "create writer", "close writer", "close"), log);
    }
}
