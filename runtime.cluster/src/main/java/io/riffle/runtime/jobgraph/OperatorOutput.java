package io.riffle.runtime.jobgraph;

import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.streaming.api.transformations.Partitioning;
import io.riffle.util.OutputTag;
import java.io.Serializable;
import java.util.Objects;

/** Where an operator's records go. {@code tag} is null for the main output, else the side output's tag. */
public sealed interface OperatorOutput extends Serializable {

    OutputTag<?> tag();

    /** To operator {@code targetIndex} of the same chain, by a direct call. */
    record Chained(int targetIndex, OutputTag<?> tag) implements OperatorOutput {

        private static final long serialVersionUID = 1L;
    }

    /**
     * Into the task's network output {@code outputIndex} (the vertex's {@code outputs().get(outputIndex)}).
     *
     * @param consumerMaxParallelism the consuming vertex's number of key groups, by which hash partitioning spreads keys
     * @param bufferTimeoutMillis how long a partly filled buffer may wait; 0 = flush per record
     */
    record Network(int outputIndex, Partitioning partitioning, TypeSerializer<?> serializer, OutputTag<?> tag,
            int consumerMaxParallelism, long bufferTimeoutMillis) implements OperatorOutput {

        private static final long serialVersionUID = 1L;

        public Network {
            Objects.requireNonNull(partitioning, "partitioning");
            Objects.requireNonNull(serializer, "serializer");
        }
    }
}
