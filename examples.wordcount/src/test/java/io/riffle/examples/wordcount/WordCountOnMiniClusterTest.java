package io.riffle.examples.wordcount;

import static org.junit.Assert.assertEquals;

import io.riffle.api.common.JobExecutionResult;
import io.riffle.api.common.accumulators.LongCounter;
import io.riffle.api.common.functions.OpenContext;
import io.riffle.api.common.functions.RichFlatMapFunction;
import io.riffle.api.java.tuple.Tuple2;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.v2.DiscardingSink;
import io.riffle.util.Collector;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * WordCount on the in-process mini cluster of runtime.embedded. The running counts are read back
 * through accumulators: user functions run as copies on the cluster, so fields of this test would
 * not see them.
 */
public class WordCountOnMiniClusterTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test(timeout = 60_000)
    public void countsTheWordsOfAFile() throws Exception {
        File input = write("hamlet.txt", "To be, or not to be,--that is the question:--\n",
                "Whether 'tis nobler in the mind to suffer\n", "\n", "TO BE!\n");
        RunningCounts counts = run(2, input.getPath());
        Map<String, Integer> expected = new TreeMap<>(Map.ofEntries(Map.entry("to", 4), Map.entry("be", 3),
                Map.entry("or", 1), Map.entry("not", 1), Map.entry("that", 1), Map.entry("is", 1), Map.entry("the", 2),
                Map.entry("question", 1), Map.entry("whether", 1), Map.entry("tis", 1), Map.entry("nobler", 1),
                Map.entry("in", 1), Map.entry("mind", 1), Map.entry("suffer", 1)));
        assertEquals(expected, counts.finalCounts());
        counts.assertEveryRunningCountWasEmittedOnce();
    }

    @Test(timeout = 60_000)
    public void countsTheWordsOfEveryFileInADirectory() throws Exception {
        write("a.txt", "riffle pool riffle\n");
        write("b.txt", "pool Riffle\neddy\n");
        RunningCounts counts = run(2, folder.getRoot().getPath());
        assertEquals(Map.of("riffle", 3, "pool", 2, "eddy", 1), counts.finalCounts());
        counts.assertEveryRunningCountWasEmittedOnce();
    }

    @Test(timeout = 60_000)
    public void countsTheBuiltInTextWithoutInput() throws Exception {
        RunningCounts counts = run(1, null);
        assertEquals(Integer.valueOf(13), counts.finalCounts().get("to"));
        assertEquals(Integer.valueOf(5), counts.finalCounts().get("sleep"));
        counts.assertEveryRunningCountWasEmittedOnce();
    }

    private File write(String name, String... lines) throws Exception {
        File file = new File(folder.getRoot(), name);
        Files.writeString(file.toPath(), String.join("", lines), StandardCharsets.UTF_8);
        return file;
    }

    private static RunningCounts run(int parallelism, String input) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
        WordCount.buildPipeline(env, input)
                .flatMap(new CollectRunningCounts())
                .sinkTo(new DiscardingSink<>());
        return new RunningCounts(env.execute("Streaming WordCount"));
    }

    /** What the running counts added up to in the job's accumulators. */
    private record RunningCounts(Map<String, Integer> finalCounts, long records, long countSum) {

        RunningCounts(JobExecutionResult result) {
            this(new TreeMap<>(result.<Map<String, Integer>>getAccumulatorResult(CollectRunningCounts.FINAL_COUNTS)),
                    result.<Long>getAccumulatorResult(CollectRunningCounts.RECORDS),
                    result.<Long>getAccumulatorResult(CollectRunningCounts.COUNT_SUM));
        }

        /** Each word emits 1, 2, .., count(word): count(word) records summing to count(word)·(count(word)+1)/2. */
        void assertEveryRunningCountWasEmittedOnce() {
            assertEquals(finalCounts.values().stream().mapToLong(Integer::longValue).sum(), records);
            assertEquals(finalCounts.values().stream().mapToLong(count -> count * (count + 1L) / 2).sum(), countSum);
        }
    }

    /** Adds every running count to the final counts, and counts and sums them; emits nothing. */
    public static final class CollectRunningCounts extends RichFlatMapFunction<Tuple2<String, Integer>, Tuple2<String, Integer>> {

        private static final long serialVersionUID = 1L;
        static final String FINAL_COUNTS = "final-counts";
        static final String RECORDS = "records";
        static final String COUNT_SUM = "count-sum";

        private transient WordCountsAccumulator finalCounts;
        private transient LongCounter records;
        private transient LongCounter countSum;

        @Override
        public void open(OpenContext openContext) {
            finalCounts = new WordCountsAccumulator();
            getRuntimeContext().addAccumulator(FINAL_COUNTS, finalCounts);
            records = getRuntimeContext().getLongCounter(RECORDS);
            countSum = getRuntimeContext().getLongCounter(COUNT_SUM);
        }

        @Override
        public void flatMap(Tuple2<String, Integer> wordCount, Collector<Tuple2<String, Integer>> out) {
            finalCounts.add(wordCount);
            records.add(1L);
            countSum.add(wordCount.f1);
        }
    }
}
