package io.riffle.streaming.api.operators;


/** Writes records to a (version 2) Sink through one SinkWriter per subtask. */
public record SinkSpec(io.riffle.api.connector.sink2.Sink<?> function) implements OperatorSpec {

    private static final long serialVersionUID = 1L;

    @Override
    public Object userFunction() {
        return function;
    }
}
