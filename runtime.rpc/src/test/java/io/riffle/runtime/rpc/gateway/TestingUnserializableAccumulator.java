package io.riffle.runtime.rpc.gateway;

import io.riffle.api.common.accumulators.Accumulator;

/** An accumulator holding a thread, which Java serialization refuses. */
final class TestingUnserializableAccumulator implements Accumulator<Long, Long> {

    private static final long serialVersionUID = 1L;

    @SuppressWarnings("unused")
    private final Thread thread = Thread.currentThread();

    @Override
    public void add(Long value) {}

    @Override
    public Long getLocalValue() {
        return 0L;
    }

    @Override
    public void resetLocal() {}

    @Override
    public void merge(Accumulator<Long, Long> other) {}

    @Override
    public TestingUnserializableAccumulator clone() {
        return this;
    }
}
