package io.riffle.examples.benchmarks;

import java.io.Serializable;

/**
 * The 64-bit linear congruential generator of JOBS.md: {@code x_{k+1} = A * x_k + C (mod 2^64)},
 * and record {@code i} uses {@code u_i = x_{i+1}}. {@link #skip} jumps ahead in O(log k) steps, so
 * a parallel generator can start at any record.
 */
final class Lcg {

    static final long A = 0x5851F42D4C957F2DL;
    static final long C = 0x14057B7EF767814FL;

    private Lcg() {}

    /** The state after one step from {@code x}. */
    static long next(long x) {
        return A * x + C;
    }

    /** The state {@code k} steps after {@code x} (k is read as unsigned). */
    static long skip(long x, long k) {
        return Jump.of(k).apply(x);
    }

    /** {@code u_i} of the generator started at {@code seed}: the state after {@code i + 1} steps. */
    static long u(long seed, long i) {
        return skip(seed, i + 1);
    }

    /** {@code k} steps at once: {@code x_{n+k} = m * x_n + p (mod 2^64)}. */
    record Jump(long m, long p) implements Serializable {

        /** The jump of {@code k} steps (k is read as unsigned), by square-and-multiply. */
        static Jump of(long k) {
            long accM = 1;
            long accP = 0;
            long curM = A;
            long curP = C;
            while (k != 0) {
                if ((k & 1) != 0) {
                    accM *= curM;
                    accP = accP * curM + curP;
                }
                curP = (curM + 1) * curP;
                curM *= curM;
                k >>>= 1;
            }
            return new Jump(accM, accP);
        }

        long apply(long x) {
            return m * x + p;
        }
    }
}
