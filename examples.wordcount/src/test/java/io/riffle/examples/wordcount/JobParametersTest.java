package io.riffle.examples.wordcount;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class JobParametersTest {

    @Test
    public void readsNamedValues() {
        JobParameters params = JobParameters.fromArgs(new String[] {"--input", "/tmp/in.txt", "--parallelism", "3"});
        assertEquals("/tmp/in.txt", params.get("input"));
        assertEquals(3, params.getInt("parallelism", 1));
        assertEquals(1000, params.getLong("count", 1000));
        assertNull(params.get("output"));
    }

    @Test
    public void aNameWithoutValueIsAFlag() {
        JobParameters params = JobParameters.fromArgs(new String[] {"--verbose", "--count", "7"});
        assertTrue(params.has("verbose"));
        assertFalse(params.has("quiet"));
        assertEquals(7, params.getLong("count", 1000));
    }

    @Test
    public void aValueWithoutNameIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JobParameters.fromArgs(new String[] {"input.txt"}));
        assertEquals("expected --name [value], got 'input.txt'", e.getMessage());
    }

    @Test
    public void aNumberThatIsNoNumberIsRejectedByName() {
        JobParameters params = JobParameters.fromArgs(new String[] {"--count", "many"});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> params.getLong("count", 1));
        assertEquals("--count must be a whole number, got 'many'", e.getMessage());
    }

    @Test
    public void aFlagUsedAsValueIsRejected() {
        JobParameters params = JobParameters.fromArgs(new String[] {"--input"});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> params.get("input"));
        assertEquals("--input needs a value", e.getMessage());
    }
}
