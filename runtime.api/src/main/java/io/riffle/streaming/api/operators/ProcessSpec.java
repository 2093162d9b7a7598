package io.riffle.streaming.api.operators;


/** Calls a ProcessFunction per record (non-keyed: no state, no timers). */
public record ProcessSpec(io.riffle.streaming.api.functions.ProcessFunction<?, ?> function) implements OperatorSpec {

    private static final long serialVersionUID = 1L;

    @Override
    public Object userFunction() {
        return function;
    }
}
