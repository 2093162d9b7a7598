package io.riffle.examples.wordcount;

import static org.junit.Assert.assertEquals;

import io.riffle.api.java.tuple.Tuple2;
import io.riffle.util.Collector;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class TokenizerTest {

    @Test
    public void emitsEachLowerCaseWordWithCountOne() {
        assertEquals(List.of(Tuple2.of("to", 1), Tuple2.of("be", 1), Tuple2.of("or", 1)), tokenize("To BE, or"));
    }

    @Test
    public void splitsOnEveryNonLetter() {
        assertEquals(words("tis", "nobler", "ay", "there", "s", "the", "rub"),
                tokenize("--'Tis nobler:--ay, there's the rub;1984"));
    }

    @Test
    public void keepsLettersBeyondAscii() {
        assertEquals(words("straße", "été"), tokenize("Straße ÉTÉ"));
    }

    @Test
    public void blankLinesHaveNoWords() {
        assertEquals(List.of(), tokenize(""));
        assertEquals(List.of(), tokenize(" --, 42 "));
    }

    private static List<Tuple2<String, Integer>> tokenize(String line) {
        List<Tuple2<String, Integer>> out = new ArrayList<>();
        new WordCount.Tokenizer().flatMap(line, new Collector<>() {
            @Override
            public void collect(Tuple2<String, Integer> record) {
                out.add(record);
            }

            @Override
            public void close() {}
        });
        return out;
    }

    private static List<Tuple2<String, Integer>> words(String... words) {
        List<Tuple2<String, Integer>> out = new ArrayList<>();
        for (String word : words) {
            out.add(Tuple2.of(word, 1));
        }
        return out;
    }
}
