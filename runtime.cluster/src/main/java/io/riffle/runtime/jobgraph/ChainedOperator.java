package io.riffle.runtime.jobgraph;

import io.riffle.api.java.functions.KeySelector;
import io.riffle.streaming.api.operators.OperatorSpec;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One operator of a task chain.
 *
 * @param operatorId the id of the transformation it came from, unique within the job
 * @param stateKeySelector for keyed operators: the key of each input record; null otherwise
 * @param outputs where its records go: to chained operators and to network partitions
 */
public record ChainedOperator(int operatorId, String name, OperatorSpec spec, KeySelector<?, ?> stateKeySelector,
        List<OperatorOutput> outputs) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ChainedOperator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(spec, "spec");
        outputs = List.copyOf(outputs);
    }

    public boolean isKeyed() {
        return stateKeySelector != null;
    }
}
