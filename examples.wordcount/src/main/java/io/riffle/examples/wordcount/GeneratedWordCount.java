package io.riffle.examples.wordcount;

import io.riffle.api.common.JobExecutionResult;
import io.riffle.api.common.eventtime.WatermarkStrategy;
import io.riffle.api.common.functions.OpenContext;
import io.riffle.api.common.functions.RichFlatMapFunction;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.api.java.tuple.Tuple2;
import io.riffle.connector.datagen.source.DataGeneratorSource;
import io.riffle.connector.datagen.source.GeneratorFunction;
import io.riffle.streaming.api.datastream.DataStream;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.v2.DiscardingSink;
import io.riffle.util.Collector;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * WordCount over generated words: {@code --count} words (default 1000) from a
 * {@code DataGeneratorSource}, the same for every run and parallelism. The running counts go into
 * an accumulator that keeps each word's last count, and {@code main()} prints the final counts
 * {@code (word,count)} in word order once the job is done.
 *
 * <p>Usage: {@code GeneratedWordCount [--count <n>] [--parallelism <n>]}.
 */
public class GeneratedWordCount {

    static final String FINAL_COUNTS = "final-counts";

    public static void main(String[] args) throws Exception {
        JobParameters params = JobParameters.fromArgs(args);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(params.getInt("parallelism", env.getParallelism()));

        run(env, params.getLong("count", 1000)).forEach((word, count) -> System.out.println(Tuple2.of(word, count)));
    }

    /** Counts {@code count} generated words and returns each word's final count. */
    public static SortedMap<String, Integer> run(StreamExecutionEnvironment env, long count) throws Exception {
        DataStream<String> words = env.fromSource(new DataGeneratorSource<>(new WordGenerator(), count, Types.STRING),
                WatermarkStrategy.noWatermarks(), "generated words");
        WordCount.count(words)
                .flatMap(new FinalCounts()).name("final counts")
                .sinkTo(new DiscardingSink<>());

        JobExecutionResult result = env.execute("Generated WordCount");
        Map<String, Integer> finalCounts = result.getAccumulatorResult(FINAL_COUNTS);
        return finalCounts == null ? new TreeMap<>() : new TreeMap<>(finalCounts);
    }

    /** Word {@code i}: one of a few words, picked by a hash of {@code i}, so the counts differ from word to word. */
    public static final class WordGenerator implements GeneratorFunction<Long, String> {

        private static final long serialVersionUID = 1L;

        static final String[] VOCABULARY = {
            "riffle", "pool", "run", "eddy", "brook", "creek", "stream", "river", "delta", "spring", "rapid", "current",
        };

        @Override
        public String map(Long index) {
            long hash = (index + 1) * 0x9E3779B97F4A7C15L;
            hash ^= hash >>> 29;
            return VOCABULARY[(int) Long.remainderUnsigned(hash, VOCABULARY.length)];
        }
    }

    /** Adds every running count to the {@link WordCountsAccumulator} {@value #FINAL_COUNTS}; emits nothing. */
    public static final class FinalCounts extends RichFlatMapFunction<Tuple2<String, Integer>, Tuple2<String, Integer>> {

        private static final long serialVersionUID = 1L;

        private transient WordCountsAccumulator finalCounts;

        @Override
        public void open(OpenContext openContext) {
            finalCounts = new WordCountsAccumulator();
            getRuntimeContext().addAccumulator(FINAL_COUNTS, finalCounts);
        }

        @Override
        public void flatMap(Tuple2<String, Integer> wordCount, Collector<Tuple2<String, Integer>> out) {
            finalCounts.add(wordCount);
        }
    }
}
