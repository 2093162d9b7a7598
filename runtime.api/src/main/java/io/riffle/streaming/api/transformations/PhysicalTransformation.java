package io.riffle.streaming.api.transformations;

import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.dag.Transformation;
import io.riffle.streaming.api.operators.ChainingStrategy;
import io.riffle.streaming.api.operators.OperatorSpec;
import java.util.Objects;

/** A transformation that becomes an operator at run time (as opposed to a virtual one). */
public abstract class PhysicalTransformation<T> extends Transformation<T> {

    private final OperatorSpec operator;
    private ChainingStrategy chainingStrategy = ChainingStrategy.ALWAYS;

    protected PhysicalTransformation(int id, String name, OperatorSpec operator, TypeInformation<T> outputType, int parallelism) {
        super(id, name, outputType, parallelism);
        this.operator = Objects.requireNonNull(operator, "operator");
    }

    public OperatorSpec getOperator() {
        return operator;
    }

    public ChainingStrategy getChainingStrategy() {
        return chainingStrategy;
    }

    public void setChainingStrategy(ChainingStrategy chainingStrategy) {
        this.chainingStrategy = Objects.requireNonNull(chainingStrategy, "chainingStrategy");
    }
}
