package io.riffle.streaming.api.operators;


/** Calls a KeyedProcessFunction per record, with keyed state and timers. */
public record KeyedProcessSpec(io.riffle.streaming.api.functions.KeyedProcessFunction<?, ?, ?> function) implements OperatorSpec {

    private static final long serialVersionUID = 1L;

    @Override
    public Object userFunction() {
        return function;
    }
}
