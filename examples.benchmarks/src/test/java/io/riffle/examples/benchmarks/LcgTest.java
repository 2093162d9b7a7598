package io.riffle.examples.benchmarks;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class LcgTest {

    @Test
    public void reproducesTheTestVectorsOfSeedOne() {
        assertEquals(0x6c576fac43fd007cL, Lcg.u(1, 0));
        assertEquals(7806831264735756412L, Lcg.u(1, 0));
        assertEquals(0x826886b3864a1b1bL, Lcg.u(1, 1));
    }

    @Test
    public void reproducesTheTestVectorsOfSeedThree() {
        assertEquals(0x1cfb5806dd27fed6L, Lcg.u(3, 0));
        assertEquals(0x5327b7f7896976edL, Lcg.u(3, 1));
    }

    @Test
    public void jumpingAheadEqualsSteppingOneByOne() {
        long x = 12345;
        for (long k = 0; k <= 5000; k++) {
            assertEquals("k = " + k, x, Lcg.skip(12345, k));
            x = Lcg.next(x);
        }
    }

    @Test
    public void jumpsComposeForLargeDistances() {
        long k1 = 1_000_000_007L;
        long k2 = 987_654_321_987L;
        assertEquals(Lcg.skip(Lcg.skip(7, k1), k2), Lcg.skip(7, k1 + k2));
        assertEquals(Lcg.next(Lcg.skip(7, k2)), Lcg.skip(7, k2 + 1));
    }

    @Test
    public void zeroStepsLeaveTheStateAlone() {
        assertEquals(42, Lcg.skip(42, 0));
    }
}
