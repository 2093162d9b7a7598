package io.riffle.streaming.api.transformations;

import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.dag.Transformation;
import io.riffle.api.java.functions.KeySelector;
import io.riffle.streaming.api.operators.OperatorSpec;
import java.util.List;
import java.util.Objects;

/** An operator with one input; keyed when it has a key selector (it then follows a keyBy). */
public final class OneInputTransformation<IN, OUT> extends PhysicalTransformation<OUT> {

    private final Transformation<IN> input;
    private KeySelector<IN, ?> stateKeySelector;
    private TypeInformation<?> stateKeyType;

    public OneInputTransformation(int id, Transformation<IN> input, String name, OperatorSpec operator,
            TypeInformation<OUT> outputType, int parallelism) {
        super(id, name, operator, outputType, parallelism);
        this.input = Objects.requireNonNull(input, "input");
    }

    public Transformation<IN> getInput() {
        return input;
    }

    public void setStateKeySelector(KeySelector<IN, ?> keySelector, TypeInformation<?> keyType) {
        this.stateKeySelector = Objects.requireNonNull(keySelector, "keySelector");
        this.stateKeyType = keyType;
    }

    /** Null unless the operator is keyed. */
    public KeySelector<IN, ?> getStateKeySelector() {
        return stateKeySelector;
    }

    public TypeInformation<?> getStateKeyType() {
        return stateKeyType;
    }

    @Override
    public List<Transformation<?>> getInputs() {
        return List.of(input);
    }
}
