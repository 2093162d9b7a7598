package io.riffle.examples.windowing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.OptionalInt;
import org.junit.Test;

public class SessionWindowingOptionsTest {

    @Test
    public void withoutArgumentsTheGapIsTheDefaultAndTheParallelismTheEnvironments() {
        assertEquals(new SessionWindowingOptions(3, OptionalInt.empty()), SessionWindowingOptions.fromArgs(new String[0]));
    }

    @Test
    public void readsTheGapAndTheParallelism() {
        assertEquals(new SessionWindowingOptions(10, OptionalInt.of(2)),
                SessionWindowingOptions.fromArgs(new String[] {"--parallelism", "2", "--gap", "10"}));
    }

    @Test
    public void anUnknownArgumentIsRejectedWithTheUsage() {
        assertRejected("unknown argument '--input'; usage: SessionWindowing [--gap <ms>] [--parallelism <n>]", "--input", "x");
    }

    @Test
    public void aMissingValueIsRejectedByName() {
        assertRejected("--gap needs a value", "--gap");
    }

    @Test
    public void aValueThatIsNoNumberIsRejectedByName() {
        assertRejected("--gap must be a whole number, got 'long'", "--gap", "long");
    }

    @Test
    public void aGapBelowOneMillisecondIsRejected() {
        assertRejected("--gap must be at least 1 ms, got 0", "--gap", "0");
    }

    @Test
    public void aParallelismBelowOneOrBeyondAnIntIsRejected() {
        assertRejected("--parallelism must be at least 1, got 0", "--parallelism", "0");
        assertRejected("--parallelism is out of range: 4294967296", "--parallelism", "4294967296");
    }

    private static void assertRejected(String message, String... args) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SessionWindowingOptions.fromArgs(args));
        assertEquals(message, e.getMessage());
    }
}
