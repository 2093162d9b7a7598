package io.riffle.examples.windowing;

import io.riffle.api.common.accumulators.Accumulator;
import java.util.ArrayList;

/**
 * Every value added, in any subtask: merging appends the other subtask's values. The tests read a
 * job's output through it, because user functions run as copies on the cluster.
 */
final class CollectingAccumulator<T> implements Accumulator<T, ArrayList<T>> {

    private static final long serialVersionUID = 1L;

    private ArrayList<T> values = new ArrayList<>();

    @Override
    public void add(T value) {
        values.add(value);
    }

    @Override
    public ArrayList<T> getLocalValue() {
        return values;
    }

    @Override
    public void resetLocal() {
        values.clear();
    }

    @Override
    public void merge(Accumulator<T, ArrayList<T>> other) {
        values.addAll(other.getLocalValue());
    }

    @Override
    public CollectingAccumulator<T> clone() {
        CollectingAccumulator<T> copy = new CollectingAccumulator<>();
        copy.values = new ArrayList<>(values);
        return copy;
    }

    @Override
    public String toString() {
        return "CollectingAccumulator " + values;
    }
}
