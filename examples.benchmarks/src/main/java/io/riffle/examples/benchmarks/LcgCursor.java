package io.riffle.examples.benchmarks;

import java.io.Serializable;

/**
 * {@code u_i} of one LCG stream for increasing {@code i}: a source reader asks for a contiguous range
 * of indexes, so the cursor steps the LCG once per record and jumps ahead (O(log i)) only where a range
 * starts, or whenever an index is not the one after the last.
 */
final class LcgCursor implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long seed;
    /** The index after the previous one: its {@code u} is one LCG step from {@link #state}; -1 at first. */
    private long expectedIndex = -1;
    /** {@code u} of the previous index. */
    private long state;

    LcgCursor(long seed) {
        this.seed = seed;
    }

    long u(long index) {
        state = index == expectedIndex ? Lcg.next(state) : Lcg.u(seed, index);
        expectedIndex = index + 1;
        return state;
    }
}
