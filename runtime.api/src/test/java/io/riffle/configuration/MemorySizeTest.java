package io.riffle.configuration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class MemorySizeTest {

    @Test
    public void parsesBinaryUnitsInTheirCommonSpellings() {
        assertEquals(512L << 20, MemorySize.parse("512m").bytes());
        assertEquals(512L << 20, MemorySize.parse("512 MB").bytes());
        assertEquals(512L << 20, MemorySize.parse("512mib").bytes());
        assertEquals(3L << 29, MemorySize.parse("1.5g").bytes());
        assertEquals(64L << 10, MemorySize.parse(" 64 kb ").bytes());
        assertEquals(2L << 40, MemorySize.parse("2t").bytes());
        assertEquals(1000, MemorySize.parse("1000").bytes());
        assertEquals(1000, MemorySize.parse("1000 bytes").bytes());
    }

    @Test
    public void rejectsTextThatIsNotAMemorySizeAndSaysWhatIsAccepted() {
        for (String text : new String[] {"", "m", "-1m", "12 parsecs", "1.2.3g", "0x10"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MemorySize.parse(text));
            assertTrue(e.getMessage(), e.getMessage().contains("'" + text + "' is not a memory size"));
        }
    }

    @Test
    public void rejectsSizesBeyondALong() {
        assertThrows(IllegalArgumentException.class, () -> MemorySize.parse("9000000t"));
        assertThrows(IllegalArgumentException.class, () -> new MemorySize(-1));
    }

    @Test
    public void printsTheLargestExactUnitSoThatParsingRoundTrips() {
        for (String text : new String[] {"512m", "3g", "1000b", "1025b", "1536k", "0b"}) {
            assertEquals(text, MemorySize.parse(text).toString());
        }
    }

    @Test
    public void addsDividesAndCompares() {
        MemorySize gib = MemorySize.parse("1g");
        assertEquals(MemorySize.parse("1536m"), gib.add(MemorySize.ofMebiBytes(512)));
        assertEquals(MemorySize.ofMebiBytes(256), gib.divide(4));
        assertEquals(1024, gib.mebiBytes());
        assertTrue(gib.compareTo(MemorySize.ofMebiBytes(1023)) > 0);
        assertThrows(IllegalArgumentException.class, () -> gib.divide(0));
        assertThrows(ArithmeticException.class, () -> new MemorySize(Long.MAX_VALUE).add(gib));
    }
}
