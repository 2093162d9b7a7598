package io.riffle.examples.benchmarks;

import java.io.Serializable;

/**
 * JOBS.md's J3 event order: the source cuts [0, N) into P contiguous ranges (the first N mod P one
 * longer), and index j, the k-th of range s, becomes event {@code s + k·P}. So each source subtask
 * emits every P-th event and the subtasks advance event time together, as in Flink's reference
 * runs; the set of events stays [0, N).
 */
record InterleavedRanges(long records, int parallelism) implements Serializable {

    InterleavedRanges {
        if (records < 0 || parallelism < 1) {
            throw new IllegalArgumentException("need N >= 0 and P >= 1, got N=" + records + ", P=" + parallelism);
        }
    }

    /** The event at source index {@code index}. */
    long event(long index) {
        long shortSize = records / parallelism;
        long longRanges = records % parallelism;
        long inLongRanges = longRanges * (shortSize + 1);
        long range;
        long position;
        if (index < inLongRanges) {
            range = index / (shortSize + 1);
            position = index % (shortSize + 1);
        } else {
            range = longRanges + (index - inLongRanges) / shortSize;
            position = (index - inLongRanges) % shortSize;
        }
        return range + position * parallelism;
    }
}
