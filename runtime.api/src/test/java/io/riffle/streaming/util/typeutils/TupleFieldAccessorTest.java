package io.riffle.streaming.util.typeutils;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.api.java.tuple.Tuple2;
import io.riffle.api.java.typeutils.TypeExtractor;
import org.junit.Test;

/** Setting a tuple field makes a shallow copy of the same class and leaves the original alone. */
public class TupleFieldAccessorTest {

    /** A user's tuple subclass, which a set must not turn into a plain Tuple2. */
    public static class WordCount extends Tuple2<String, Long> {

        private static final long serialVersionUID = 1L;

        public WordCount() {}

        public WordCount(String word, Long count) {
            super(word, count);
        }
    }

    @Test
    public void aPlainTupleIsCopiedWithTheNewField() {
        FieldAccessor<Tuple2<String, Long>, Long> count = FieldAccessorFactory.getAccessor(
                Types.TUPLE(Types.STRING, Types.LONG), 1, new SerializerConfig());
        Tuple2<String, Long> original = Tuple2.of("w1", 1L);

        Tuple2<String, Long> updated = count.set(original, 5L);

        assertEquals(Tuple2.of("w1", 5L), updated);
        assertEquals(Tuple2.of("w1", 1L), original);
        assertNotSame(original, updated);
        assertSame(original.f0, updated.f0);
    }

    @Test
    public void aTupleSubclassStaysItsClass() {
        TypeInformation<WordCount> type = TypeExtractor.createTypeInfo(WordCount.class);
        FieldAccessor<WordCount, Long> count = FieldAccessorFactory.getAccessor(type, 1, new SerializerConfig());

        WordCount updated = count.set(new WordCount("w1", 1L), 7L);

        assertEquals(WordCount.class, updated.getClass());
        assertEquals("w1", updated.f0);
        assertEquals(Long.valueOf(7), updated.f1);
    }
}
