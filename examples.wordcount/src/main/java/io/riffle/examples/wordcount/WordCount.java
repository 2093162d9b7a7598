package io.riffle.examples.wordcount;

import io.riffle.api.common.functions.FlatMapFunction;
import io.riffle.api.java.tuple.Tuple2;
import io.riffle.streaming.api.datastream.DataStream;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.util.Collector;
import java.util.Locale;

/**
 * The streaming WordCount: counts the words of a text file, or of every file in a directory, and
 * prints a running count {@code (word,count)} for every word it reads.
 *
 * <p>Usage: {@code WordCount [--input <path>] [--parallelism <n>]}. Without {@code --input} it
 * counts a built-in text.
 */
public class WordCount {

    public static void main(String[] args) throws Exception {
        JobParameters params = JobParameters.fromArgs(args);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(params.getInt("parallelism", env.getParallelism()));

        buildPipeline(env, params.get("input")).print();

        env.execute("Streaming WordCount");
    }

    /** The running counts of the words of {@code input} (a file or directory), or of the built-in text if it is null. */
    public static DataStream<Tuple2<String, Integer>> buildPipeline(StreamExecutionEnvironment env, String input) {
        DataStream<String> text = input != null ? env.readTextFile(input) : env.fromElements(WordCountData.WORDS);
        return count(text);
    }

    /** Splits lines into words and keeps a running count per word. */
    public static DataStream<Tuple2<String, Integer>> count(DataStream<String> lines) {
        return lines.flatMap(new Tokenizer()).name("tokenizer")
                .keyBy(value -> value.f0)
                .sum(1).name("counter");
    }

    /** Splits a line into lower-case words (runs of letters) and emits {@code (word, 1)} for each. */
    public static final class Tokenizer implements FlatMapFunction<String, Tuple2<String, Integer>> {

        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(String line, Collector<Tuple2<String, Integer>> out) {
            for (String token : line.toLowerCase(Locale.ROOT).split("\\P{L}+")) {
                if (!token.isEmpty()) {
                    out.collect(new Tuple2<>(token, 1));
                }
            }
        }
    }
}
