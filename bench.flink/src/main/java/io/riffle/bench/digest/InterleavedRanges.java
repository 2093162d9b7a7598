package io.riffle.bench.digest;

import java.io.Serializable;

/**
 * J3's event order (JOBS.md): [0, N) cut into P contiguous ranges as Flink's
 * {@code NumberSequenceIterator.split} cuts it (the first N mod P ranges one longer); index j, the
 * k-th of range s, is event {@code s + k·P}, so each source subtask emits every P-th event.
 */
public record InterleavedRanges(long records, int parallelism) implements Serializable {

    public InterleavedRanges {
        if (records < 0 || parallelism < 1) {
            throw new IllegalArgumentException("need N >= 0 and P >= 1, got N=" + records + ", P=" + parallelism);
        }
    }

    public long event(long index) {
        long shortSize = records / parallelism;
        long longRanges = records % parallelism;
        long inLongRanges = longRanges * (shortSize + 1);
        if (index < inLongRanges) {
            return index / (shortSize + 1) + (index % (shortSize + 1)) * parallelism;
        }
        long rest = index - inLongRanges;
        return longRanges + rest / shortSize + (rest % shortSize) * parallelism;
    }
}
