package io.riffle.bench.jmh;

import io.riffle.streaming.api.functions.sink.SinkFunction;
import io.riffle.taskmanager.internal.operators.Accumulators;
import io.riffle.taskmanager.internal.operators.ChainingOutputs;
import io.riffle.taskmanager.internal.operators.FilterOperator;
import io.riffle.taskmanager.internal.operators.Input;
import io.riffle.taskmanager.internal.operators.MapOperator;
import io.riffle.taskmanager.internal.operators.OperatorContext;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Nanoseconds per record through J2's chain {@code map(x*3+1) -> filter(even) -> map(y>>1) -> sink}
 * (the sink counts and sums), made of the runtime's operator classes wired with
 * chain links made by {@code ChainingOutputs} (a class copy per link, as the task's operator chain
 * wires them), and opened tail first.
 *
 * <p>Chained operators call each other directly, without copies or serialization: this is the
 * per-record cost of the runtime itself (record reuse, virtual calls, boxing) around trivial user
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
    private StreamRecord<Long> record;
    private long next;

    @Setup
    public void setUp() throws Exception {
        MapOperator<Long, Long> first = new MapOperator<>(x -> x * 3 + 1);
        FilterOperator<Long> filter = new FilterOperator<>(y -> y % 2 == 0);
        MapOperator<Long, Long> second = new MapOperator<>(y -> y >> 1);
        SinkFunctionOperator<Long> sinkOperator = new SinkFunctionOperator<>(sink);
        sinkOperator.setup(context("Sink"), null);
        ChainingOutputs links = new ChainingOutputs();
        second.setup(context("Map"), links.to(sinkOperator));
        filter.setup(context("Filter"), links.to(second));
        first.setup(context("Map"), links.to(filter));
        operators = List.of(first, filter, second, sinkOperator);
        for (int i = operators.size() - 1; i >= 0; i--) {
            operators.get(i).open();
        }
        head = first;
        record = new StreamRecord<>(0L);
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

    /** Pushes the next longs of the sequence through the chain, one record object reused as a source does. */
    @Benchmark
    @OperationsPerInvocation(RECORDS_PER_INVOCATION)
    public long chain() throws Exception {
        for (int i = 0; i < RECORDS_PER_INVOCATION; i++) {
            head.processElement(record.replace(next++));
        }
        return sink.sum;
    }

    /** Feeds {@code 0 .. count-1} from the start, for the setup test. */
    void runFromZero(long count) throws Exception {
        next = 0;
        sink.count = 0;
        sink.sum = 0;
        for (long i = 0; i < count; i++) {
            head.processElement(record.replace(next++));
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
