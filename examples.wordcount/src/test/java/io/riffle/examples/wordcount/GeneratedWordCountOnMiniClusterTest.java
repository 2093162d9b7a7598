package io.riffle.examples.wordcount;

import static org.junit.Assert.assertEquals;

import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import java.util.Map;
import java.util.TreeMap;
import org.junit.Test;

/** GeneratedWordCount on the in-process mini cluster of runtime.embedded: the same final counts at any parallelism. */
public class GeneratedWordCountOnMiniClusterTest {

    @Test(timeout = 60_000)
    public void finalCountsAreThoseOfTheGeneratedWordsInOneSubtask() throws Exception {
        assertEquals(expectedCounts(1000), GeneratedWordCount.run(StreamExecutionEnvironment.createLocalEnvironment(1), 1000));
    }

    @Test(timeout = 60_000)
    public void finalCountsAreThoseOfTheGeneratedWordsInFourSubtasks() throws Exception {
        assertEquals(expectedCounts(100_003), GeneratedWordCount.run(StreamExecutionEnvironment.createLocalEnvironment(4), 100_003));
    }

    /** The words of the generator, counted in a loop. */
    static Map<String, Integer> expectedCounts(long count) {
        GeneratedWordCount.WordGenerator generator = new GeneratedWordCount.WordGenerator();
        Map<String, Integer> counts = new TreeMap<>();
        for (long i = 0; i < count; i++) {
            counts.merge(generator.map(i), 1, Integer::sum);
        }
        return counts;
    }
}
