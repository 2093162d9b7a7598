package io.riffle.test.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.riffle.api.common.functions.InvalidTypesException;
import io.riffle.api.common.functions.OpenContext;
import io.riffle.api.common.state.ValueState;
import io.riffle.api.common.state.ValueStateDescriptor;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.api.java.tuple.Tuple2;
import io.riffle.streaming.api.datastream.SingleOutputStreamOperator;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.KeyedProcessFunction;
import io.riffle.streaming.api.functions.sink.SinkFunction;
import io.riffle.test.util.MiniClusterResourceConfiguration;
import io.riffle.test.util.MiniClusterWithClientResource;
import io.riffle.util.Collector;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.ClassRule;
import org.junit.Test;

/** Lambdas lose their generic result types to erasure: without a returns(...) hint the job cannot run. */
public class TypeHintsTest {

    @ClassRule
    public static final MiniClusterWithClientResource CLUSTER = new MiniClusterWithClientResource(
            new MiniClusterResourceConfiguration.Builder().setNumberSlotsPerTaskManager(2).build());

    /** Word → its latest running count. */
    static final Map<String, Integer> COUNTS = new ConcurrentHashMap<>();

    static final class CountSink implements SinkFunction<Tuple2<String, Integer>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void invoke(Tuple2<String, Integer> value) {
            COUNTS.put(value.f0, value.f1);
        }
    }

    private static SingleOutputStreamOperator<Tuple2<String, Integer>> words(StreamExecutionEnvironment env) {
        return env.fromElements("to be or", "not to be").flatMap((String line, Collector<Tuple2<String, Integer>> out) -> {
            for (String word : line.split(" ")) {
                out.collect(Tuple2.of(word, 1));
            }
        });
    }

    /** Counts words per key in value state: its types come from the class, not from the erased lambda. */
    static final class RunningCount extends KeyedProcessFunction<String, Tuple2<String, Integer>, Tuple2<String, Integer>> {
        private static final long serialVersionUID = 1L;
        private transient ValueState<Integer> count;

        @Override
        public void open(OpenContext openContext) {
            count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Types.INT));
        }

        @Override
        public void processElement(Tuple2<String, Integer> value, Context ctx, Collector<Tuple2<String, Integer>> out) throws Exception {
            int total = (count.value() == null ? 0 : count.value()) + value.f1;
            count.update(total);
            out.collect(Tuple2.of(value.f0, total));
        }
    }

    private static String messagesOf(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t).append('\n');
        }
        return messages.toString();
    }

    @Test(timeout = 30_000)
    public void aLambdaFlatMapOfTuplesIntoKeyByWithoutReturnsFailsAtExecuteWithAHintToUseReturns() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        words(env).keyBy(word -> word.f0).process(new RunningCount()).addSink(new CountSink());
        try {
            env.execute("no type hint");
            fail("the job should not run without the flatMap's result type");
        } catch (InvalidTypesException e) {
            assertTrue("the error points to returns(...): " + messagesOf(e), messagesOf(e).contains(".returns("));
        }
    }

    @Test(timeout = 30_000)
    public void anAggregationOfTheUnknownTypeFailsWhileTheJobIsBuilt() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        try {
            words(env).keyBy(word -> word.f0).sum(1);
            fail("sum(1) needs the tuple type to find field 1");
        } catch (InvalidTypesException e) {
            assertTrue("the error points to returns(...): " + messagesOf(e), messagesOf(e).contains(".returns("));
        }
    }

    @Test(timeout = 30_000)
    public void withReturnsTheProcessJobCountsTheWords() throws Exception {
        COUNTS.clear();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        words(env).returns(Types.TUPLE(Types.STRING, Types.INT)).keyBy(word -> word.f0).process(new RunningCount())
                .addSink(new CountSink());
        env.execute("with type hint, process");

        assertEquals(Map.of("to", 2, "be", 2, "or", 1, "not", 1), COUNTS);
    }

    @Test(timeout = 30_000)
    public void withReturnsTheSumJobCountsTheWords() throws Exception {
        COUNTS.clear();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        words(env).returns(Types.TUPLE(Types.STRING, Types.INT)).keyBy(word -> word.f0).sum(1).addSink(new CountSink());
        env.execute("with type hint, sum");

        assertEquals(Map.of("to", 2, "be", 2, "or", 1, "not", 1), COUNTS);
    }
}
