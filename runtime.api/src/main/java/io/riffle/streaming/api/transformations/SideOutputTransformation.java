package io.riffle.streaming.api.transformations;

import io.riffle.api.dag.Transformation;
import io.riffle.util.OutputTag;
import java.util.List;
import java.util.Objects;

/** Virtual: the elements an operator emitted to one side output. */
public final class SideOutputTransformation<T> extends Transformation<T> {

    private final Transformation<?> input;
    private final OutputTag<T> tag;

    public SideOutputTransformation(int id, Transformation<?> input, OutputTag<T> tag) {
        super(id, "SideOutput", tag.getTypeInfo(), input.getParallelism());
        this.input = Objects.requireNonNull(input, "input");
        this.tag = tag;
    }

    public Transformation<?> getInput() {
        return input;
    }

    public OutputTag<T> getOutputTag() {
        return tag;
    }

    @Override
    public List<Transformation<?>> getInputs() {
        return List.of(input);
    }
}
