package io.riffle.embedded;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.JobExecutionResult;
import io.riffle.api.common.accumulators.LongCounter;
import io.riffle.api.common.functions.MapFunction;
import io.riffle.api.common.functions.OpenContext;
import io.riffle.api.common.functions.RichFlatMapFunction;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.api.java.tuple.Tuple2;
import io.riffle.configuration.Configuration;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.v2.DiscardingSink;
import io.riffle.taskmanager.internal.network.netty.DataExchange;
import io.riffle.util.Collector;
import java.util.HashMap;
import java.util.Map;
import org.junit.Test;

/**
 * A keyed word count at parallelism 4 on two TaskExecutors, each with its own data server: the
 * shuffle between them goes over TCP with credit-based flow control, and the result is exact.
 */
public class RemoteExchangeJobTest {

    private static final long RECORDS = 300_000;
    private static final int VOCABULARY = 1_000;

    /** Record i is the word {@code w<(i * 7919) mod 1000>}, counted once. */
    static final class ToWord implements MapFunction<Long, Tuple2<String, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<String, Long> map(Long i) {
            return Tuple2.of(word(i), 1L);
        }
    }

    static String word(long i) {
        return "w" + (i * 7919 % VOCABULARY);
    }

    /** Digests every running count the keyed sum emits: distinct words, records, and Σ hash(w) · c. */
    static final class Digest extends RichFlatMapFunction<Tuple2<String, Long>, Tuple2<String, Long>> {
        private static final long serialVersionUID = 1L;
        private transient LongCounter distinct;
        private transient LongCounter emitted;
        private transient LongCounter running;

        @Override
        public void open(OpenContext openContext) {
            distinct = getRuntimeContext().getLongCounter("distinct");
            emitted = getRuntimeContext().getLongCounter("emitted");
            running = getRuntimeContext().getLongCounter("running");
        }

        @Override
        public void flatMap(Tuple2<String, Long> count, Collector<Tuple2<String, Long>> out) {
            if (count.f1 == 1) {
                distinct.add(1L);
            }
            emitted.add(1L);
            running.add(count.f0.hashCode() * count.f1);
        }
    }

    @Test(timeout = 120_000)
    public void keyedWordCountAcrossTwoTaskManagersOverTcpIsExact() throws Exception {
        Map<String, Long> counts = new HashMap<>();
        long expectedRunning = 0;
        for (long i = 0; i < RECORDS; i++) {
            String word = word(i);
            long c = counts.merge(word, 1L, Long::sum);
            expectedRunning += word.hashCode() * c;
        }

        try (TcpTaskManagersCluster cluster = new TcpTaskManagersCluster(2, 2)) {
            StreamExecutionEnvironment env = new StreamExecutionEnvironment(new Configuration(), cluster.executor());
            env.setParallelism(4);
            env.fromSequence(0, RECORDS - 1).map(new ToWord()).returns(Types.TUPLE(Types.STRING, Types.LONG))
                    .keyBy(t -> t.f0).sum(1)
                    .flatMap(new Digest()).sinkTo(new DiscardingSink<>());
            JobExecutionResult result = env.execute("wordcount over tcp");

            assertEquals((long) counts.size(), (long) result.<Long>getAccumulatorResult("distinct"));
            assertEquals(RECORDS, (long) result.<Long>getAccumulatorResult("emitted"));
            assertEquals(expectedRunning, (long) result.<Long>getAccumulatorResult("running"));
            for (DataExchange exchange : cluster.exchanges()) {
                assertTrue(exchange.location() + " sent over TCP", exchange.serverCounters().buffersSent() > 0);
                assertEquals(exchange.location() + " served one connection: the other TaskManager's", 1,
                        exchange.serverCounters().connectionsAccepted());
            }
        }
    }
}
