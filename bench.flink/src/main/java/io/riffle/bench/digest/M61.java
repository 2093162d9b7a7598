package io.riffle.bench.digest;

/** Exact arithmetic modulo {@code 2^61 - 1} (JOBS.md, J3's digest), folding the 122-bit product. */
public final class M61 {

    public static final long MODULUS = (1L << 61) - 1;

    private M61() {}

    /** {@code (a mod M61)·(b mod M61) mod M61} for non-negative {@code a}, {@code b}. */
    public static long mulmod(long a, long b) {
        long x = a % MODULUS;
        long y = b % MODULUS;
        long high = Math.multiplyHigh(x, y);
        long low = x * y;
        return reduce(((high << 3) | (low >>> 61)) + (low & MODULUS));
    }

    /** {@code (a + b) mod M61} for {@code a}, {@code b} below M61. */
    public static long addmod(long a, long b) {
        return reduce(a + b);
    }

    private static long reduce(long value) {
        long folded = (value >>> 61) + (value & MODULUS);
        return folded >= MODULUS ? folded - MODULUS : folded;
    }
}
