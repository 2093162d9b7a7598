package io.riffle.examples.benchmarks;

/**
 * Arithmetic modulo the Mersenne prime {@code M61 = 2^61 - 1} of JOBS.md (J3's digest): exact,
 * without BigInteger, because {@code 2^61 ≡ 1 (mod M61)} folds a 122-bit product into two 61-bit halves.
 */
final class M61 {

    static final long MODULUS = (1L << 61) - 1;

    private M61() {}

    /** {@code (a mod M61) * (b mod M61) mod M61} for non-negative {@code a} and {@code b}. */
    static long mulmod(long a, long b) {
        long x = a % MODULUS;
        long y = b % MODULUS;
        long high = Math.multiplyHigh(x, y); // below 2^58: both factors are below 2^61
        long low = x * y;
        return reduce(((high << 3) | (low >>> 61)) + (low & MODULUS));
    }

    /** {@code (a + b) mod M61} for {@code a} and {@code b} below M61. */
    static long addmod(long a, long b) {
        return reduce(a + b);
    }

    private static long reduce(long value) {
        long folded = (value >>> 61) + (value & MODULUS);
        return folded >= MODULUS ? folded - MODULUS : folded;
    }
}
