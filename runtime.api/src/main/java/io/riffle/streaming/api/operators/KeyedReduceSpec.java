package io.riffle.streaming.api.operators;


/** A running reduction per key: emits the reduced value after every record. */
public record KeyedReduceSpec(io.riffle.api.common.functions.ReduceFunction<?> function, io.riffle.api.common.typeinfo.TypeInformation<?> valueType) implements OperatorSpec {

    private static final long serialVersionUID = 1L;

    @Override
    public Object userFunction() {
        return function;
    }
}
