package io.riffle.examples.benchmarks;

import io.riffle.api.common.JobExecutionResult;
import io.riffle.api.common.accumulators.LongCounter;
import io.riffle.api.common.eventtime.WatermarkStrategy;
import io.riffle.api.common.functions.OpenContext;
import io.riffle.api.common.functions.RichFlatMapFunction;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.api.java.tuple.Tuple2;
import io.riffle.connector.datagen.source.DataGeneratorSource;
import io.riffle.connector.datagen.source.GeneratorFunction;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.v2.DiscardingSink;
import io.riffle.util.Collector;

/**
 * J1 "wordcount": N words drawn by the LCG (seed 1) from {@code w0 .. w9999}, partitioned by word,
 * with a running count per word ({@code sum}) that emits {@code (word, c)} for every input record.
 * Tasks: {@code Source: words} → hash → {@code Keyed Aggregation -> digest -> Sink}.
 *
 * <p>Digest {@code distinct/emitted/final/running}. The digest function sees every emitted
 * {@code (w, c)} once: a word's first record has {@code c == 1}, so {@code distinct} counts those;
 * {@code final = Σ fnv(w) · count(w)} is {@code Σ fnv(w)} over the emitted records, and
 * {@code running = Σ fnv(w) · c}.
 */
public final class WordCountJob implements BenchmarkJob {

    public static final String NAME = "wordcount";
    static final long SEED = 1;
    static final int VOCABULARY_SIZE = 10_000;

    static final String DISTINCT = "distinct";
    static final String EMITTED = "emitted";
    static final String FINAL = "final";
    static final String RUNNING = "running";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long defaultRecords() {
        return 20_000_000L;
    }

    @Override
    public void addTo(StreamExecutionEnvironment env, long records) {
        env.fromSource(new DataGeneratorSource<>(new WordGenerator(), records, Types.TUPLE(Types.STRING, Types.LONG)),
                        WatermarkStrategy.noWatermarks(), "words")
                .keyBy(record -> record.f0)
                .sum(1)
                .flatMap(new WordCountDigest()).name("digest")
                .sinkTo(new DiscardingSink<>());
    }

    @Override
    public String digest(JobExecutionResult result) {
        return digest(DigestFormat.counter(result, DISTINCT), DigestFormat.counter(result, EMITTED),
                DigestFormat.counter(result, FINAL), DigestFormat.counter(result, RUNNING));
    }

    static String digest(long distinct, long emitted, long finalSum, long runningSum) {
        return DigestFormat.join(DigestFormat.decimal(distinct), DigestFormat.decimal(emitted),
                DigestFormat.hex(finalSum), DigestFormat.hex(runningSum));
    }

    /** The word of the record whose LCG value is {@code u}. */
    static String word(long u) {
        return "w" + (int) ((u >>> 33) % VOCABULARY_SIZE);
    }

    /** Record {@code i} is {@code (word(u_i), 1)}. */
    public static final class WordGenerator implements GeneratorFunction<Long, Tuple2<String, Long>> {

        private static final long serialVersionUID = 1L;

        private final LcgCursor lcg = new LcgCursor(SEED);

        @Override
        public Tuple2<String, Long> map(Long index) {
            return new Tuple2<>(word(lcg.u(index)), 1L);
        }
    }

    /** Adds each emitted {@code (word, c)} to the digest counters; emits nothing. */
    public static final class WordCountDigest extends RichFlatMapFunction<Tuple2<String, Long>, Tuple2<String, Long>> {

        private static final long serialVersionUID = 1L;

        private transient LongCounter distinct;
        private transient LongCounter emitted;
        private transient LongCounter finalSum;
        private transient LongCounter runningSum;

        @Override
        public void open(OpenContext openContext) {
            distinct = getRuntimeContext().getLongCounter(DISTINCT);
            emitted = getRuntimeContext().getLongCounter(EMITTED);
            finalSum = getRuntimeContext().getLongCounter(FINAL);
            runningSum = getRuntimeContext().getLongCounter(RUNNING);
        }

        @Override
        public void flatMap(Tuple2<String, Long> wordCount, Collector<Tuple2<String, Long>> out) {
            long hash = Fnv1a64.hash(wordCount.f0);
            long count = wordCount.f1;
            if (count == 1) {
                distinct.add(1L);
            }
            emitted.add(1L);
            finalSum.add(hash);
            runningSum.add(hash * count);
        }
    }
}
