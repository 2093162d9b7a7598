package io.riffle.streaming.api.operators;


/** Calls a (legacy) SinkFunction per record. */
public record SinkFunctionSpec(io.riffle.streaming.api.functions.sink.SinkFunction<?> function) implements OperatorSpec {

    private static final long serialVersionUID = 1L;

    @Override
    public Object userFunction() {
        return function;
    }
}
