package io.riffle.bench.digest;

import java.io.Serializable;

/**
 * {@code u_i} for indexes that mostly grow by a fixed stride (a source reader's contiguous range, or
 * every P-th event in J3): one precomputed jump per expected index, a full jump-ahead otherwise.
 */
public final class LcgCursor implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long seed;
    private final long stride;
    private final Lcg.Jump strideJump;
    private long expected = -1;
    private long state;

    public LcgCursor(long seed, long stride) {
        if (stride < 1) {
            throw new IllegalArgumentException("the stride must be positive, got " + stride);
        }
        this.seed = seed;
        this.stride = stride;
        this.strideJump = Lcg.Jump.of(stride);
    }

    public long u(long index) {
        state = index == expected ? strideJump.apply(state) : Lcg.u(seed, index);
        expected = index + stride;
        return state;
    }
}
