package io.riffle.streaming.api.transformations;

import io.riffle.api.dag.Transformation;
import java.util.List;

/** Virtual: the records of several streams of one type, as one stream. */
public final class UnionTransformation<T> extends Transformation<T> {

    private final List<Transformation<T>> inputs;

    public UnionTransformation(int id, List<Transformation<T>> inputs) {
        super(id, "Union", inputs.get(0).getOutputType(), inputs.get(0).getParallelism());
        this.inputs = List.copyOf(inputs);
    }

    @Override
    public List<Transformation<?>> getInputs() {
        return List.copyOf(inputs);
    }
}
