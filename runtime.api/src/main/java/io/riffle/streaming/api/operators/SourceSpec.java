package io.riffle.streaming.api.operators;


/** Reads a Source: one reader per subtask, its split enumerator on the JobMaster. */
public record SourceSpec(io.riffle.api.connector.source.Source<?, ?, ?> function) implements OperatorSpec {

    private static final long serialVersionUID = 1L;

    @Override
    public Object userFunction() {
        return function;
    }
}
