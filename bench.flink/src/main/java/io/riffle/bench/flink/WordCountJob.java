package io.riffle.bench.flink;

import io.riffle.bench.digest.DigestFormat;
import io.riffle.bench.digest.Fnv1a64;
import io.riffle.bench.digest.LcgCursor;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.util.Collector;

/**
 * J1: words {@code "w" + (u_i >>> 33) mod 10000} (LCG seed 1) → keyBy(word) → {@code sum(1)}, one
 * {@code (word, c)} per record. The digest function sees every {@code (w, c)} once: {@code c == 1}
 * counts distinct words, {@code final = Σ fnv(w)} and {@code running = Σ fnv(w)·c} over the records.
 */
final class WordCountJob implements FlinkJob {

    private static final long SEED = 1;
    private static final int VOCABULARY = 10_000;

    @Override
    public void addTo(StreamExecutionEnvironment env, long records) {
        env.fromSource(new DataGeneratorSource<>(new Words(), records, Types.TUPLE(Types.STRING, Types.LONG)),
                        WatermarkStrategy.noWatermarks(), "words")
                .keyBy(record -> record.f0)
                .sum(1)
                .flatMap(new Digest())
                .sinkTo(new DiscardingSink<>());
    }

    @Override
    public String digest(JobExecutionResult result) {
        return DigestFormat.wordcount(FlinkJob.counter(result, "distinct"), FlinkJob.counter(result, "emitted"),
                FlinkJob.counter(result, "final"), FlinkJob.counter(result, "running"));
    }

    static final class Words implements GeneratorFunction<Long, Tuple2<String, Long>> {

        private static final long serialVersionUID = 1L;

        private final LcgCursor lcg = new LcgCursor(SEED, 1);

        @Override
        public Tuple2<String, Long> map(Long index) {
            return Tuple2.of("w" + (int) ((lcg.u(index) >>> 33) % VOCABULARY), 1L);
        }
    }

    static final class Digest extends RichFlatMapFunction<Tuple2<String, Long>, Tuple2<String, Long>> {

        private static final long serialVersionUID = 1L;

        private transient LongCounter distinct;
        private transient LongCounter emitted;
        private transient LongCounter finalSum;
        private transient LongCounter running;

        @Override
        public void open(OpenContext openContext) {
            distinct = getRuntimeContext().getLongCounter("distinct");
            emitted = getRuntimeContext().getLongCounter("emitted");
            finalSum = getRuntimeContext().getLongCounter("final");
            running = getRuntimeContext().getLongCounter("running");
        }

        @Override
        public void flatMap(Tuple2<String, Long> wordCount, Collector<Tuple2<String, Long>> out) {
            long hash = Fnv1a64.hash(wordCount.f0);
            if (wordCount.f1 == 1) {
                distinct.add(1L);
            }
            emitted.add(1L);
            finalSum.add(hash);
            running.add(hash * wordCount.f1);
        }
    }
}
