package io.riffle.taskmanager.internal.state;

import io.riffle.api.common.functions.AggregateFunction;
import io.riffle.api.common.state.AggregatingState;

/** Aggregating state on the heap: the accumulator is the entry, updated on each add. */
final class HeapAggregatingState<K, N, IN, ACC, OUT> extends AbstractHeapState<K, N, ACC> implements AggregatingState<IN, OUT> {

    private final AggregateFunction<IN, ACC, OUT> aggregateFunction;

    HeapAggregatingState(StateTable<K, N, ACC> table, AggregateFunction<IN, ACC, OUT> aggregateFunction) {
        super(table);
        this.aggregateFunction = aggregateFunction;
    }

    /** The function's result for the accumulator, or {@code null} if nothing was added. */
    @Override
    public OUT get() {
        ACC accumulator = table.get();
        return accumulator == null ? null : aggregateFunction.getResult(accumulator);
    }

    /** Adds {@code value} to the accumulator; {@code null} clears it, as in Flink's heap backend. */
    @Override
    public void add(IN value) {
        if (value == null) {
            table.remove();
            return;
        }
        ACC accumulator = table.get();
        if (accumulator == null) {
            accumulator = aggregateFunction.createAccumulator();
        }
        table.put(aggregateFunction.add(value, accumulator));
    }
}
