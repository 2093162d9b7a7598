package io.riffle.runtime.jobgraph;

import io.riffle.api.common.typeutils.TypeSerializer;
import java.io.Serializable;
import java.util.List;

/**
 * The operators one task runs, head first, and how its input is read.
 *
 * @param inputSerializer reads the task's network input; null for a chain headed by a source
 * @param maxParallelism number of key groups of keyed operators in the chain
 */
public record TaskChain(List<ChainedOperator> operators, TypeSerializer<?> inputSerializer, int maxParallelism)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public TaskChain {
        operators = List.copyOf(operators);
        if (operators.isEmpty()) {
            throw new IllegalArgumentException("a task chain needs at least one operator");
        }
    }

    public ChainedOperator head() {
        return operators.get(0);
    }
}
