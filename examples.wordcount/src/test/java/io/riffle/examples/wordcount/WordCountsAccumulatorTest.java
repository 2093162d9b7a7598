package io.riffle.examples.wordcount;

import static org.junit.Assert.assertEquals;

import io.riffle.api.java.tuple.Tuple2;
import java.util.Map;
import org.junit.Test;

public class WordCountsAccumulatorTest {

    @Test
    public void keepsTheLastOfEachWordsRunningCounts() {
        WordCountsAccumulator accumulator = new WordCountsAccumulator();
        accumulator.add(Tuple2.of("to", 1));
        accumulator.add(Tuple2.of("be", 1));
        accumulator.add(Tuple2.of("to", 2));
        assertEquals(Map.of("to", 2, "be", 1), accumulator.getLocalValue());
    }

    @Test
    public void mergingKeepsTheHigherCountOfAWord() {
        WordCountsAccumulator left = new WordCountsAccumulator();
        left.add(Tuple2.of("to", 3));
        left.add(Tuple2.of("be", 1));
        WordCountsAccumulator right = new WordCountsAccumulator();
        right.add(Tuple2.of("to", 2));
        right.add(Tuple2.of("or", 1));
        left.merge(right);
        assertEquals(Map.of("to", 3, "be", 1, "or", 1), left.getLocalValue());
    }

    @Test
    public void aCloneIsIndependent() {
        WordCountsAccumulator original = new WordCountsAccumulator();
        original.add(Tuple2.of("to", 1));
        WordCountsAccumulator copy = original.clone();
        original.add(Tuple2.of("to", 2));
        original.resetLocal();
        assertEquals(Map.of(), original.getLocalValue());
        assertEquals(Map.of("to", 1), copy.getLocalValue());
    }
}
