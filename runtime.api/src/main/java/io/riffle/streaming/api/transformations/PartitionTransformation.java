package io.riffle.streaming.api.transformations;

import io.riffle.api.dag.Transformation;
import java.util.List;
import java.util.Objects;

/** Virtual: changes how records reach the next operator, not the records themselves. */
public final class PartitionTransformation<T> extends Transformation<T> {

    private final Transformation<T> input;
    private final Partitioning partitioning;

    public PartitionTransformation(int id, Transformation<T> input, Partitioning partitioning) {
        super(id, "Partition", input.getOutputType(), input.getParallelism());
        this.input = Objects.requireNonNull(input, "input");
        this.partitioning = Objects.requireNonNull(partitioning, "partitioning");
    }

    public Transformation<T> getInput() {
        return input;
    }

    public Partitioning getPartitioning() {
        return partitioning;
    }

    @Override
    public List<Transformation<?>> getInputs() {
        return List.of(input);
    }
}
