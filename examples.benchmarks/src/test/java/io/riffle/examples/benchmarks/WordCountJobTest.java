package io.riffle.examples.benchmarks;

import static org.junit.Assert.assertEquals;

import io.riffle.api.java.tuple.Tuple2;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class WordCountJobTest {

    @Test
    public void generatorStartsWithTheWordsOfJobsMd() {
        WordCountJob.WordGenerator generator = new WordCountJob.WordGenerator();
        List<String> words = new ArrayList<>();
        for (long i = 0; i < 5; i++) {
            words.add(generator.map(i).f0);
        }
        assertEquals(List.of("w4774", "w4153", "w1196", "w2870", "w1034"), words);
    }

    @Test
    public void everyRecordCountsOne() {
        assertEquals(Tuple2.of("w4774", 1L), new WordCountJob.WordGenerator().map(0L));
    }

    @Test
    public void generatorStartedAnywhereGivesTheSequentialWords() {
        WordCountJob.WordGenerator sequential = new WordCountJob.WordGenerator();
        List<String> expected = new ArrayList<>();
        for (long i = 0; i < 3_000; i++) {
            expected.add(sequential.map(i).f0);
        }
        for (long start : new long[] {1, 999, 1_000, 2_500}) {
            WordCountJob.WordGenerator fromStart = new WordCountJob.WordGenerator();
            for (long i = start; i < 3_000; i++) {
                assertEquals("index " + i + " from " + start, expected.get((int) i), fromStart.map(i).f0);
            }
        }
    }

    @Test
    public void generatorFollowsIndexesThatSkip() {
        WordCountJob.WordGenerator generator = new WordCountJob.WordGenerator();
        for (long i : new long[] {7, 3, 4, 1_000_000, 1_000_001, 0}) {
            assertEquals("index " + i, WordCountJob.word(Lcg.u(1, i)), generator.map(i).f0);
        }
    }
}
