package io.riffle.bench.digest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigInteger;
import java.util.BitSet;
import org.junit.Test;

/** JOBS.md's test vectors for the LCG and FNV-1a, M61 against BigInteger, and J3's event order. */
public class DigestPrimitivesTest {

    @Test
    public void lcgMatchesJobsMdTestVectors() {
        assertEquals("6c576fac43fd007c", DigestFormat.hex(Lcg.u(1, 0)));
        assertEquals(7806831264735756412L, Lcg.u(1, 0));
        assertEquals("826886b3864a1b1b", DigestFormat.hex(Lcg.u(1, 1)));
        assertEquals("1cfb5806dd27fed6", DigestFormat.hex(Lcg.u(3, 0)));
        assertEquals("5327b7f7896976ed", DigestFormat.hex(Lcg.u(3, 1)));
    }

    @Test
    public void jumpAheadEqualsStepping() {
        long x = 3;
        for (int k = 1; k <= 1000; k++) {
            x = Lcg.next(x);
            assertEquals("k=" + k, x, Lcg.Jump.of(k).apply(3));
        }
    }

    @Test
    public void cursorGivesTheSameValuesWhateverTheOrder() {
        LcgCursor strided = new LcgCursor(1, 3);
        for (long i = 5; i < 500; i += 3) {
            assertEquals(Lcg.u(1, i), strided.u(i));
        }
        assertEquals(Lcg.u(1, 7), strided.u(7)); // not the expected index: jumps
    }

    @Test
    public void fnvMatchesJobsMdTestVectors() {
        assertEquals("08cb8607b56d7952", DigestFormat.hex(Fnv1a64.hash("w0")));
        assertEquals("fb492521b9766a62", DigestFormat.hex(Fnv1a64.hash("w9999")));
    }

    @Test
    public void m61MulmodIsExact() {
        BigInteger modulus = BigInteger.valueOf(M61.MODULUS);
        long[] values = {0, 1, 2, 31, M61.MODULUS - 1, M61.MODULUS, M61.MODULUS + 1, Long.MAX_VALUE, 1L << 60, 123456789012345L};
        for (long a : values) {
            for (long b : values) {
                long expected = BigInteger.valueOf(a).mod(modulus).multiply(BigInteger.valueOf(b).mod(modulus)).mod(modulus).longValue();
                assertEquals(a + " * " + b, expected, M61.mulmod(a, b));
            }
        }
        assertEquals(0, M61.addmod(M61.MODULUS - 1, 1));
    }

    @Test
    public void interleavedRangesAreABijectionWhereEachRangeStridesByP() {
        for (int parallelism = 1; parallelism <= 4; parallelism++) {
            long records = 1003;
            InterleavedRanges order = new InterleavedRanges(records, parallelism);
            BitSet seen = new BitSet();
            for (long index = 0; index < records; index++) {
                long event = order.event(index);
                assertTrue(event >= 0 && event < records && !seen.get((int) event));
                seen.set((int) event);
            }
        }
        InterleavedRanges two = new InterleavedRanges(5, 2); // ranges [0,3) and [3,5)
        assertEquals(0, two.event(0));
        assertEquals(2, two.event(1));
        assertEquals(4, two.event(2));
        assertEquals(1, two.event(3));
        assertEquals(3, two.event(4));
    }

    @Test
    public void payloadFollowsTheDefinition() {
        byte[] payload = Payload.of(0x0102030405060708L + 250);
        assertEquals(0x0102030405060708L + 250, Payload.id(payload));
        for (int k = 8; k < Payload.SIZE; k++) {
            assertEquals((byte) ((0x0102030405060708L + 250 + k) % 256), payload[k]);
        }
        assertEquals((int) ((0x0102030405060708L + 250 + 99) % 256), Payload.lastByte(payload));
    }

    @Test
    public void digestFormatPadsHexAndWritesUnsignedDecimal() {
        assertEquals("000000000000000f", DigestFormat.hex(15));
        assertEquals("18446744073709551615", DigestFormat.decimal(-1));
        assertEquals("1/2/0000000000000003", DigestFormat.window(1, 2, 3));
    }

    @Test
    public void jobNamesAndDefaultsAreJobsMds() {
        assertEquals(JobSpec.SHUFFLE_BYTES, JobSpec.named("shuffle-bytes").orElseThrow());
        assertEquals(100_000_000L, JobSpec.CHAIN.defaultRecords());
        assertTrue(JobSpec.named("wc").isEmpty());
        assertTrue(JobsMdDigests.of("chain", 999).isEmpty());
    }
}
