package io.riffle.bench.digest;

import java.io.Serializable;

/**
 * JOBS.md's 64-bit LCG, {@code x_{k+1} = A·x_k + C (mod 2^64)}; record {@code i} uses
 * {@code u_i = x_{i+1}}. A {@link Jump} of k steps is precomputed by square-and-multiply, so a
 * parallel source can start anywhere and stride over every P-th record at one multiply-add each.
 */
public final class Lcg {

    public static final long A = 0x5851F42D4C957F2DL;
    public static final long C = 0x14057B7EF767814FL;

    private Lcg() {}

    /** The state one step after {@code x}. */
    public static long next(long x) {
        return A * x + C;
    }

    /** {@code u_i} of the generator seeded with {@code seed}: the state after {@code i + 1} steps. */
    public static long u(long seed, long i) {
        return Jump.of(i + 1).apply(seed);
    }

    /** {@code k} steps at once: {@code x_{n+k} = m·x_n + p (mod 2^64)}. */
    public record Jump(long m, long p) implements Serializable {

        /** The jump of {@code k} steps ({@code k} read as unsigned). */
        public static Jump of(long k) {
            long accM = 1;
            long accP = 0;
            long curM = A;
            long curP = C;
            for (long rest = k; rest != 0; rest >>>= 1) {
                if ((rest & 1) != 0) {
                    accM *= curM;
                    accP = accP * curM + curP;
                }
                curP = (curM + 1) * curP;
                curM *= curM;
            }
            return new Jump(accM, accP);
        }

        public long apply(long x) {
            return m * x + p;
        }
    }
}
