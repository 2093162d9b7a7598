package io.riffle.examples.benchmarks;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** The cursor gives the same u as jumping straight to each index, for consecutive, strided and scattered indexes. */
public class LcgCursorTest {

    @Test
    public void consecutiveIndexesStepOnce() {
        LcgCursor cursor = new LcgCursor(1);
        assertEquals(0x6c576fac43fd007cL, cursor.u(0));
        assertEquals(0x826886b3864a1b1bL, cursor.u(1));
        for (long i = 2; i < 1000; i++) {
            assertEquals(Lcg.u(1, i), cursor.u(i));
        }
    }

    @Test
    public void stridedIndexesJumpOneStridePerIndex() {
        LcgCursor cursor = new LcgCursor(3, 7);
        for (long i = 5; i < 5 + 7 * 500; i += 7) {
            assertEquals(Lcg.u(3, i), cursor.u(i));
        }
    }

    @Test
    public void anUnexpectedIndexJumpsThere() {
        LcgCursor cursor = new LcgCursor(3, 4);
        assertEquals(Lcg.u(3, 10), cursor.u(10));
        assertEquals(Lcg.u(3, 11), cursor.u(11));
        assertEquals(Lcg.u(3, 15), cursor.u(15));
        assertEquals(Lcg.u(3, 2), cursor.u(2));
    }
}
