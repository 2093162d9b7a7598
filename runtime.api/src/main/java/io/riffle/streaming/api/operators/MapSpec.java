package io.riffle.streaming.api.operators;


/** Calls a MapFunction per record. */
public record MapSpec(io.riffle.api.common.functions.MapFunction<?, ?> function) implements OperatorSpec {

    private static final long serialVersionUID = 1L;

    @Override
    public Object userFunction() {
        return function;
    }
}
