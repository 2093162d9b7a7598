package io.riffle.api.common.accumulators;

import java.io.Serializable;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A value each parallel subtask adds to; the JobMaster merges the subtasks' values when the job
 * ends and returns them in the job's result. Both the accumulator and its result must be
 * serializable: they travel from the TaskManagers to the JobMaster.
 */
@ConsumerType
public interface Accumulator<V, R extends Serializable> extends Serializable, Cloneable {

    void add(V value);

    R getLocalValue();

    void resetLocal();

    /** Adds {@code other}'s value into this one. */
    void merge(Accumulator<V, R> other);

    Accumulator<V, R> clone();
}
