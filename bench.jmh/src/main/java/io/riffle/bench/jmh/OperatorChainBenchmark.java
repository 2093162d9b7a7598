package io.riffle.bench.jmh;

import io.riffle.api.common.functions.FilterFunction;
import io.riffle.api.common.functions.MapFunction;
import io.riffle.streaming.api.functions.sink.SinkFunction;
import io.riffle.taskmanager.internal.operators.Accumulators;
import io.riffle.taskmanager.internal.operators.ChainingOutput;
import io.riffle.taskmanager.internal.operators.ClassCopies;
import io.riffle.taskmanager.internal.operators.FilterOperator;
import io.riffle.taskmanager.internal.operators.Input;
import io.riffle.taskmanager.internal.operators.MapOperator;
import io.riffle.taskmanager.internal.operators.OperatorContext;
import io.riffle.taskmanager.internal.operators.Output;
import io.riffle.taskmanager.internal.operators.ProcessingTimeService;
import io.riffle.taskmanager.internal.operators.SinkFunctionOperator;
import io.riffle.taskmanager.internal.operators.StreamOperator;
import io.riffle.taskmanager.internal.operators.TaskInfo;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Nanoseconds per record through J2's chain {@code map(x*3+1) -> filter(even) -> map(y>>1) -> sink}
 * (the sink counts and sums), made of the runtime's operator classes and opened tail first, after
 * three other such chains with other functions ran, as other jobs do in a session cluster's
 * TaskManager: with each operator a class copy of its own (as the task's operator chain makes them)
 * and, for comparison, with one class per operator kind.
 *
 * <p>Chained operators call each other directly, without copies or serialization: this is the
 * per-record cost of the runtime itself (record objects, calls, boxing) around trivial user
 * functions, the floor under every chained job.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class OperatorChainBenchmark {

    static final int RECORDS_PER_INVOCATION = 10_000;

    private final CountingSink sink = new CountingSink();
    private List<StreamOperator<?>> operators;
    private Input<Long> head;
    private long next;

    /**
     * {@code copies}: each operator and chain link an instance of a class copy of its own, as the
     * task's operator chain makes them; {@code shared}: one class per operator kind, as Flink has.
     */
    @Param({"copies", "shared"})
    public String operatorClasses;

    @Setup
    public void setUp() throws Exception {
        ClassCopies copies = new ClassCopies();
        boolean copied = "copies".equals(operatorClasses);
        // other jobs in the same TaskManager run their functions through the same operator classes first
        for (long offset = 1; offset <= 3; offset++) {
            long k = offset;
            List<StreamOperator<?>> other = wire(copies, copied, x -> x + k, y -> y > k, y -> y * k, new CountingSink());
            push(input(other.get(0)), 20_000);
            for (StreamOperator<?> operator : other) {
                operator.close();
            }
        }
        operators = wire(copies, copied, x -> x * 3 + 1, y -> y % 2 == 0, y -> y >> 1, sink);
        head = input(operators.get(0));
    }

    /** map -> filter -> map -> sink, opened tail first. */
    private static List<StreamOperator<?>> wire(ClassCopies copies, boolean copied, MapFunction<Long, Long> firstMap,
            FilterFunction<Long> keep, MapFunction<Long, Long> secondMap, SinkFunction<Long> end) throws Exception {
        StreamOperator<Long> first = copied ? copies.newInstance(MapOperator.class, StreamOperator.class, MapFunction.class, firstMap)
                : new MapOperator<>(firstMap);
        StreamOperator<Long> filter = copied ? copies.newInstance(FilterOperator.class, StreamOperator.class, FilterFunction.class, keep)
                : new FilterOperator<>(keep);
        StreamOperator<Long> second = copied ? copies.newInstance(MapOperator.class, StreamOperator.class, MapFunction.class, secondMap)
                : new MapOperator<>(secondMap);
        SinkFunctionOperator<Long> sinkOperator = new SinkFunctionOperator<>(end);
        sinkOperator.setup(context("Sink"), null);
        second.setup(context("Map"), link(copies, copied, sinkOperator));
        filter.setup(context("Filter"), link(copies, copied, input(second)));
        first.setup(context("Map"), link(copies, copied, input(filter)));
        List<StreamOperator<?>> chain = List.of(first, filter, second, sinkOperator);
        for (int i = chain.size() - 1; i >= 0; i--) {
            chain.get(i).open();
        }
        return chain;
    }

    private static Output<Long> link(ClassCopies copies, boolean copied, Input<Long> next) {
        return copied ? copies.chainingOutput(next) : new ChainingOutput<>(next);
    }

    private static void push(Input<Long> input, long count) throws Exception {
        for (long i = 0; i < count; i++) {
            input.processElement(new StreamRecord<>(i));
        }
    }

    @SuppressWarnings("unchecked")
    private static Input<Long> input(StreamOperator<?> operator) {
        return (Input<Long>) operator;
    }

    private static OperatorContext context(String name) {
        return new OperatorContext(new TaskInfo("chain", "Map -> Filter -> Map -> Sink", 0, 1, 128, 0), name,
                OperatorChainBenchmark.class.getClassLoader(), new Accumulators(), new WallClock(), null, null, null);
    }

    @TearDown
    public void tearDown() throws Exception {
        for (StreamOperator<?> operator : operators) {
            operator.close();
        }
    }

    /** Pushes the next longs of the sequence through the chain, a new record each, as a source does. */
    @Benchmark
    @OperationsPerInvocation(RECORDS_PER_INVOCATION)
    public long chain() throws Exception {
        for (int i = 0; i < RECORDS_PER_INVOCATION; i++) {
            head.processElement(new StreamRecord<>(next++));
        }
        return sink.sum;
    }

    /** Feeds {@code 0 .. count-1} from the start, for the setup test. */
    void runFromZero(long count) throws Exception {
        next = 0;
        sink.count = 0;
        sink.sum = 0;
        for (long i = 0; i < count; i++) {
            head.processElement(new StreamRecord<>(next++));
        }
    }

    long count() {
        return sink.count;
    }

    long sum() {
        return sink.sum;
    }

    /** J2's digest sink: counts and sums what reaches it. */
    private static final class CountingSink implements SinkFunction<Long> {

        private static final long serialVersionUID = 1L;

        long count;
        long sum;

        @Override
        public void invoke(Long value, Context context) {
            count++;
            sum += value;
        }
    }

    /** Processing time for operators that ask for it; this chain registers no timers. */
    private static final class WallClock implements ProcessingTimeService {

        @Override
        public long getCurrentProcessingTime() {
            return System.currentTimeMillis();
        }

        @Override
        public void registerTimer(long timestamp, ProcessingTimeCallback callback) {
            throw new UnsupportedOperationException("the benchmark chain registers no timers");
        }
    }
}
