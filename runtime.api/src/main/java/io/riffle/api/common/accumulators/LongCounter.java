package io.riffle.api.common.accumulators;

/** Sums long values (wrapping on overflow, like Java's long arithmetic). */
public final class LongCounter implements Accumulator<Long, Long> {

    private static final long serialVersionUID = 1L;

    private long localValue;

    public LongCounter() {}

    public LongCounter(long value) {
        this.localValue = value;
    }

    @Override
    public void add(Long value) {
        localValue += value;
    }

    public void add(long value) {
        localValue += value;
    }

    @Override
    public Long getLocalValue() {
        return localValue;
    }

    public long getLongValue() {
        return localValue;
    }

    @Override
    public void resetLocal() {
        localValue = 0L;
    }

    @Override
    public void merge(Accumulator<Long, Long> other) {
        localValue += other.getLocalValue();
    }

    @Override
    public LongCounter clone() {
        return new LongCounter(localValue);
    }

    @Override
    public String toString() {
        return "LongCounter " + localValue;
    }
}
