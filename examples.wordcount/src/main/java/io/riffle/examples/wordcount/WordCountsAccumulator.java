package io.riffle.examples.wordcount;

import io.riffle.api.common.accumulators.Accumulator;
import io.riffle.api.java.tuple.Tuple2;
import java.util.HashMap;

/**
 * The highest count seen per word. Fed with running counts {@code (word, count)}, it ends with each
 * word's final count; merging keeps the higher count of a word, so it also holds when a word's
 * counts came through several subtasks.
 */
public class WordCountsAccumulator implements Accumulator<Tuple2<String, Integer>, HashMap<String, Integer>> {

    private static final long serialVersionUID = 1L;

    private HashMap<String, Integer> counts = new HashMap<>();

    @Override
    public void add(Tuple2<String, Integer> wordCount) {
        counts.merge(wordCount.f0, wordCount.f1, Math::max);
    }

    @Override
    public HashMap<String, Integer> getLocalValue() {
        return counts;
    }

    @Override
    public void resetLocal() {
        counts.clear();
    }

    @Override
    public void merge(Accumulator<Tuple2<String, Integer>, HashMap<String, Integer>> other) {
        other.getLocalValue().forEach((word, count) -> counts.merge(word, count, Math::max));
    }

    @Override
    public WordCountsAccumulator clone() {
        WordCountsAccumulator copy = new WordCountsAccumulator();
        copy.counts = new HashMap<>(counts);
        return copy;
    }

    @Override
    public String toString() {
        return "WordCountsAccumulator " + counts;
    }
}
