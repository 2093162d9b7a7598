package io.riffle.streaming.api.operators;


/** Forwards the records a FilterFunction accepts. */
public record FilterSpec(io.riffle.api.common.functions.FilterFunction<?> function) implements OperatorSpec {

    private static final long serialVersionUID = 1L;

    @Override
    public Object userFunction() {
        return function;
    }
}
