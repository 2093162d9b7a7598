package io.riffle.streaming.api.transformations;

import io.riffle.api.dag.Transformation;
import io.riffle.streaming.api.operators.OperatorSpec;
import java.util.List;
import java.util.Objects;

/** Writes its input to a sink; produces nothing. */
public final class SinkTransformation<T> extends PhysicalTransformation<Object> {

    private final Transformation<T> input;

    public SinkTransformation(int id, Transformation<T> input, String name, OperatorSpec sink, int parallelism) {
        super(id, name, sink, null, parallelism);
        this.input = Objects.requireNonNull(input, "input");
    }

    public Transformation<T> getInput() {
        return input;
    }

    @Override
    public List<Transformation<?>> getInputs() {
        return List.of(input);
    }
}
