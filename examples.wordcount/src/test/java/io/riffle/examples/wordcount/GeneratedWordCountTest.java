package io.riffle.examples.wordcount;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.Test;

public class GeneratedWordCountTest {

    @Test
    public void generatedWordsAreTheSameForEveryGenerator() {
        GeneratedWordCount.WordGenerator first = new GeneratedWordCount.WordGenerator();
        GeneratedWordCount.WordGenerator second = new GeneratedWordCount.WordGenerator();
        for (long i = 999; i >= 0; i--) {
            assertEquals(first.map(i), second.map(i));
        }
    }

    @Test
    public void generatedWordsUseTheWholeVocabularyUnevenly() {
        Map<String, Integer> counts = GeneratedWordCountOnMiniClusterTest.expectedCounts(1000);
        assertEquals(GeneratedWordCount.WordGenerator.VOCABULARY.length, counts.size());
        assertEquals(1000, counts.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(counts.toString(), new HashMap<>(counts).values().stream().distinct().count() > 1);
    }
}
