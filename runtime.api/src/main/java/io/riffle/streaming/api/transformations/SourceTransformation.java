package io.riffle.streaming.api.transformations;

import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.dag.Transformation;
import io.riffle.streaming.api.operators.SourceSpec;
import java.util.List;

/** Reads a source; has no inputs. */
public final class SourceTransformation<T> extends PhysicalTransformation<T> {

    public SourceTransformation(int id, String name, SourceSpec source, TypeInformation<T> outputType, int parallelism) {
        super(id, name, source, outputType, parallelism);
    }

    public SourceSpec getSource() {
        return (SourceSpec) getOperator();
    }

    @Override
    public List<Transformation<?>> getInputs() {
        return List.of();
    }
}
