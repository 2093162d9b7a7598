package io.riffle.examples.benchmarks;

import java.io.Serializable;

/**
 * {@code u_i} of one LCG stream for indexes that grow by a fixed stride: a source reader asks for a
 * contiguous range of records, which are every index (J1) or every P-th (J3's interleaved events), so
 * the cursor jumps one stride per record (one multiply and add, the stride's jump precomputed) and
 * jumps ahead in O(log i) only where a range starts, or whenever an index is not the one expected.
 */
final class LcgCursor implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long seed;
    private final long stride;
    private final Lcg.Jump strideJump;
    /** The index expected next: its {@code u} is one stride from {@link #state}; -1 at first. */
    private long expectedIndex = -1;
    /** {@code u} of the previous index. */
    private long state;

    /** A cursor for consecutive indexes. */
    LcgCursor(long seed) {
        this(seed, 1);
    }

    LcgCursor(long seed, long stride) {
        if (stride < 1) {
            throw new IllegalArgumentException("the stride must be positive, got " + stride);
        }
        this.seed = seed;
        this.stride = stride;
        this.strideJump = Lcg.Jump.of(stride);
    }

    long u(long index) {
        state = index == expectedIndex ? strideJump.apply(state) : Lcg.u(seed, index);
        expectedIndex = index + stride;
        return state;
    }
}
