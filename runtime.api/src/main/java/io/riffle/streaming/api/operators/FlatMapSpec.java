package io.riffle.streaming.api.operators;


/** Calls a FlatMapFunction per record. */
public record FlatMapSpec(io.riffle.api.common.functions.FlatMapFunction<?, ?> function) implements OperatorSpec {

    private static final long serialVersionUID = 1L;

    @Override
    public Object userFunction() {
        return function;
    }
}
