package io.riffle.embedded;

import static org.junit.Assert.assertEquals;

import io.riffle.api.common.JobExecutionResult;
import io.riffle.api.common.accumulators.LongCounter;
import io.riffle.api.common.eventtime.WatermarkStrategy;
import io.riffle.api.common.functions.AggregateFunction;
import io.riffle.api.common.functions.OpenContext;
import io.riffle.api.common.functions.RichFlatMapFunction;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.streaming.api.datastream.WindowedStream;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.v2.DiscardingSink;
import io.riffle.streaming.api.functions.windowing.ProcessAllWindowFunction;
import io.riffle.streaming.api.functions.windowing.ProcessWindowFunction;
import io.riffle.streaming.api.windowing.assigners.EventTimeSessionWindows;
import io.riffle.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import io.riffle.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import io.riffle.streaming.api.windowing.evictors.TimeEvictor;
import io.riffle.streaming.api.windowing.triggers.EventTimeTrigger;
import io.riffle.streaming.api.windowing.triggers.PurgingTrigger;
import io.riffle.streaming.api.windowing.windows.TimeWindow;
import io.riffle.util.Collector;
import java.time.Duration;
import org.junit.Test;

/**
 * Event-time windows in whole jobs on the mini cluster: the numbers 0..N-1, each with itself as its
 * timestamp, keyed by value mod 3; windows fire on the final watermark at the end of the input.
 * Each fired window is encoded as one long, and the sums of those longs are compared with the same
 * sums computed by plain loops.
 */
public class WindowJobsTest {

    private static final long N = 10_000;
    private static final int KEYS = 3;

    /** Encodes a window's key, start and value as one long that differs for every (key, start, value) here. */
    static long encode(long key, long start, long value) {
        return (key + 1) * 1_000_003L + (start + 200) * 7_919L + value * 31L;
    }

    /** Emits {@link #encode} of each window's key, start and single pre-aggregated value. */
    static final class Encode extends ProcessWindowFunction<Long, Long, Long, TimeWindow> {

        private static final long serialVersionUID = 1L;

        @Override
        public void process(Long key, Context context, Iterable<Long> elements, Collector<Long> out) {
            for (Long value : elements) {
                out.collect(encode(key, context.window().getStart(), value));
            }
        }
    }

    /** Emits {@link #encode} of each window's start, element count and sum; counts its subtasks into an accumulator. */
    static final class EncodeAll extends ProcessAllWindowFunction<Long, Long, TimeWindow> {

        private static final long serialVersionUID = 1L;
        private transient LongCounter subtasks;

        @Override
        public void open(OpenContext openContext) {
            subtasks = getRuntimeContext().getLongCounter("window subtasks");
            subtasks.add((long) getRuntimeContext().getNumberOfParallelSubtasks());
        }

        @Override
        public void process(Context context, Iterable<Long> elements, Collector<Long> out) {
            long count = 0;
            long sum = 0;
            for (Long value : elements) {
                count++;
                sum += value;
            }
            out.collect(encode(count, context.window().getStart(), sum));
        }
    }

    /** Counts elements. */
    static final class Count implements AggregateFunction<Long, Long, Long> {

        private static final long serialVersionUID = 1L;

        @Override
        public Long createAccumulator() {
            return 0L;
        }

        @Override
        public Long add(Long value, Long accumulator) {
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

    /** Counts the fired windows and sums their encodings into accumulators. */
    static final class Tally extends RichFlatMapFunction<Long, Long> {

        private transient LongCounter windows;
        private transient LongCounter checksum;

        @Override
        public void open(OpenContext openContext) {
            windows = getRuntimeContext().getLongCounter("windows");
            checksum = getRuntimeContext().getLongCounter("checksum");
        }

        @Override
        public void flatMap(Long value, Collector<Long> out) {
            windows.add(1L);
            checksum.add(value);
        }
    }

    @Test
    public void tumblingWindowsReduceEachKeysValuesPerWindow() throws Exception {
        runTumbling(false);
    }

    /** The trigger set through the API travels with the job: purging after the one firing changes nothing here. */
    @Test
    public void anExplicitPurgingEventTimeTriggerFiresTheSameWindows() throws Exception {
        runTumbling(true);
    }

    private static void runTumbling(boolean explicitTrigger) throws Exception {
        long expectedWindows = 0;
        long expectedChecksum = 0;
        for (long start = 0; start < N; start += 100) {
            for (long key = 0; key < KEYS; key++) {
                long sum = 0;
                for (long x = start; x < start + 100; x++) {
                    sum += x % KEYS == key ? x : 0;
                }
                expectedWindows++;
                expectedChecksum += encode(key, start, sum);
            }
        }
        for (int parallelism : new int[] {1, 2, 4}) {
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
            WindowedStream<Long, Long, TimeWindow> windows = env
                    .fromSource(new TimestampedSequenceSource(0, N - 1), WatermarkStrategy.noWatermarks(), "timestamped", Types.LONG)
                    .keyBy(x -> x % KEYS)
                    .window(TumblingEventTimeWindows.of(Duration.ofMillis(100)));
            if (explicitTrigger) {
                windows.trigger(PurgingTrigger.of(EventTimeTrigger.create()));
            }
            windows.reduce(Long::sum, new Encode())
                    .flatMap(new Tally()).sinkTo(new DiscardingSink<>());
            JobExecutionResult result = env.execute("tumbling windows");
            assertEquals("windows at p=" + parallelism, expectedWindows, (long) result.<Long>getAccumulatorResult("windows"));
            assertEquals("checksum at p=" + parallelism, expectedChecksum, (long) result.<Long>getAccumulatorResult("checksum"));
        }
    }

    /**
     * Sessions: x gets timestamp x + 10·(x / 100), so each block of 100 numbers is 10 ms after the
     * previous one. Within a block a key's numbers are 3 ms apart, less than the 5 ms gap, so they
     * form one session however the parallel source interleaves them; between blocks a key's
     * numbers are at least 11 ms apart, so each block is a new session per key.
     */
    @Test
    public void eventTimeSessionsMergeEachKeysRunOfCloseElementsIntoOneWindow() throws Exception {
        long expectedWindows = 0;
        long expectedChecksum = 0;
        for (long block = 0; block < N / 100; block++) {
            for (long key = 0; key < KEYS; key++) {
                long first = -1;
                long sum = 0;
                for (long x = block * 100; x < block * 100 + 100; x++) {
                    if (x % KEYS == key) {
                        first = first < 0 ? x : first;
                        sum += x;
                    }
                }
                expectedWindows++;
                expectedChecksum += encode(key, first + 10 * block, sum);
            }
        }
        for (int parallelism : new int[] {1, 2, 4}) {
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
            env.fromSource(new TimestampedSequenceSource(0, N - 1),
                            WatermarkStrategy.<Long>noWatermarks().withTimestampAssigner((x, previous) -> x + 10 * (x / 100)),
                            "timestamped", Types.LONG)
                    .keyBy(x -> x % KEYS)
                    .window(EventTimeSessionWindows.withGap(Duration.ofMillis(5)))
                    .reduce(Long::sum, new Encode())
                    .flatMap(new Tally()).sinkTo(new DiscardingSink<>());
            JobExecutionResult result = env.execute("session windows");
            assertEquals("sessions at p=" + parallelism, expectedWindows, (long) result.<Long>getAccumulatorResult("windows"));
            assertEquals("checksum at p=" + parallelism, expectedChecksum, (long) result.<Long>getAccumulatorResult("checksum"));
        }
    }

    @Test
    public void slidingWindowsCountEveryElementOncePerOverlappingWindow() throws Exception {
        long expectedWindows = 0;
        long expectedChecksum = 0;
        for (long start = -100; start < N; start += 100) {
            for (long key = 0; key < KEYS; key++) {
                long count = 0;
                for (long x = Math.max(0, start); x < Math.min(N, start + 200); x++) {
                    count += x % KEYS == key ? 1 : 0;
                }
                if (count > 0) {
                    expectedWindows++;
                    expectedChecksum += encode(key, start, count);
                }
            }
        }
        for (int parallelism : new int[] {1, 2, 4}) {
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
            env.fromSource(new TimestampedSequenceSource(0, N - 1), WatermarkStrategy.noWatermarks(), "timestamped", Types.LONG)
                    .keyBy(x -> x % KEYS)
                    .window(SlidingEventTimeWindows.of(Duration.ofMillis(200), Duration.ofMillis(100)))
                    .aggregate(new Count(), new Encode())
                    .flatMap(new Tally()).sinkTo(new DiscardingSink<>());
            JobExecutionResult result = env.execute("sliding windows");
            assertEquals("windows at p=" + parallelism, expectedWindows, (long) result.<Long>getAccumulatorResult("windows"));
            assertEquals("checksum at p=" + parallelism, expectedChecksum, (long) result.<Long>getAccumulatorResult("checksum"));
        }
    }

    @Test
    public void windowAllEvaluatesAllElementsOfAWindowInOneSubtask() throws Exception {
        long expectedWindows = 0;
        long expectedChecksum = 0;
        for (long start = 0; start < N; start += 100) {
            expectedWindows++;
            expectedChecksum += encode(100, start, (start + start + 99) * 100 / 2);
        }
        for (int parallelism : new int[] {1, 2, 4}) {
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
            env.fromSource(new TimestampedSequenceSource(0, N - 1), WatermarkStrategy.noWatermarks(), "timestamped", Types.LONG)
                    .windowAll(TumblingEventTimeWindows.of(Duration.ofMillis(100)))
                    .process(new EncodeAll())
                    .flatMap(new Tally()).sinkTo(new DiscardingSink<>());
            JobExecutionResult result = env.execute("windowAll");
            assertEquals("windows at p=" + parallelism, expectedWindows, (long) result.<Long>getAccumulatorResult("windows"));
            assertEquals("checksum at p=" + parallelism, expectedChecksum, (long) result.<Long>getAccumulatorResult("checksum"));
            assertEquals("one window subtask, of parallelism 1, at p=" + parallelism, 1L,
                    (long) result.<Long>getAccumulatorResult("window subtasks"));
        }
    }

    @Test
    public void aTimeEvictorKeepsTheLatestTenMillisecondsOfEachWindow() throws Exception {
        long expectedChecksum = 0;
        for (long start = 0; start < N; start += 100) {
            for (long key = 0; key < KEYS; key++) {
                long latest = start + 99;
                while (latest % KEYS != key) {
                    latest--;
                }
                long sum = 0;
                for (long x = latest; x > latest - 10; x--) {
                    sum += x % KEYS == key ? x : 0;
                }
                expectedChecksum += encode(key, start, sum);
            }
        }
        for (int parallelism : new int[] {1, 2, 4}) {
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
            env.fromSource(new TimestampedSequenceSource(0, N - 1), WatermarkStrategy.noWatermarks(), "timestamped", Types.LONG)
                    .keyBy(x -> x % KEYS)
                    .window(TumblingEventTimeWindows.of(Duration.ofMillis(100)))
                    .evictor(TimeEvictor.of(Duration.ofMillis(10)))
                    .reduce(Long::sum, new Encode())
                    .flatMap(new Tally()).sinkTo(new DiscardingSink<>());
            JobExecutionResult result = env.execute("evicting windows");
            assertEquals("windows at p=" + parallelism, N / 100 * KEYS, (long) result.<Long>getAccumulatorResult("windows"));
            assertEquals("checksum at p=" + parallelism, expectedChecksum, (long) result.<Long>getAccumulatorResult("checksum"));
        }
    }
}
