package io.riffle.streaming.api.datastream;

import io.riffle.api.common.typeinfo.TypeHint;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.dag.Transformation;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.operators.ChainingStrategy;
import io.riffle.streaming.api.transformations.PhysicalTransformation;
import io.riffle.streaming.api.transformations.SideOutputTransformation;
import io.riffle.util.OutputTag;
import java.util.Objects;

/** The stream an operator produces, with the settings of that operator. */
public class SingleOutputStreamOperator<T> extends DataStream<T> {

    public SingleOutputStreamOperator(StreamExecutionEnvironment environment, Transformation<T> transformation) {
        super(environment, transformation);
    }

    public String getName() {
        return transformation.getName();
    }

    public SingleOutputStreamOperator<T> name(String name) {
        transformation.setName(name);
        return this;
    }

    /** A stable id for this operator, to match its state when the job is restored from a savepoint. */
    public SingleOutputStreamOperator<T> uid(String uid) {
        transformation.setUid(Objects.requireNonNull(uid, "uid"));
        return this;
    }

    public SingleOutputStreamOperator<T> setParallelism(int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("the parallelism of an operator must be at least 1, got " + parallelism);
        }
        transformation.setParallelism(parallelism);
        return this;
    }

    public SingleOutputStreamOperator<T> setMaxParallelism(int maxParallelism) {
        io.riffle.runtime.state.KeyGroupRangeAssignment.checkParallelism(maxParallelism, 1);
        transformation.setMaxParallelism(maxParallelism);
        return this;
    }

    public SingleOutputStreamOperator<T> setBufferTimeout(long timeoutMillis) {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("buffer timeout must not be negative, got " + timeoutMillis);
        }
        transformation.setBufferTimeout(timeoutMillis);
        return this;
    }

    /** Runs this operator in a task of its own: no chaining with its predecessor or successors. */
    public SingleOutputStreamOperator<T> disableChaining() {
        return setChainingStrategy(ChainingStrategy.NEVER);
    }

    /** Starts a new chain at this operator: it does not chain to its predecessor. */
    public SingleOutputStreamOperator<T> startNewChain() {
        return setChainingStrategy(ChainingStrategy.HEAD);
    }

    private SingleOutputStreamOperator<T> setChainingStrategy(ChainingStrategy strategy) {
        if (!(transformation instanceof PhysicalTransformation<T> physical)) {
            throw new UnsupportedOperationException("chaining can only be set on operators, not on " + transformation.getName());
        }
        physical.setChainingStrategy(strategy);
        return this;
    }

    /** Operators of different slot sharing groups never share a slot. */
    public SingleOutputStreamOperator<T> slotSharingGroup(String slotSharingGroup) {
        transformation.setSlotSharingGroup(Objects.requireNonNull(slotSharingGroup, "slotSharingGroup"));
        return this;
    }

    /** Declares the output type where Java's type erasure hides it (lambdas returning generic types). */
    public SingleOutputStreamOperator<T> returns(TypeInformation<T> typeInfo) {
        transformation.setOutputType(Objects.requireNonNull(typeInfo, "typeInfo"));
        return this;
    }

    public SingleOutputStreamOperator<T> returns(TypeHint<T> typeHint) {
        return returns(TypeInformation.of(typeHint));
    }

    public SingleOutputStreamOperator<T> returns(Class<T> typeClass) {
        return returns(TypeInformation.of(typeClass));
    }

    /** The elements this operator's function emitted to {@code sideOutputTag}. */
    public <X> DataStream<X> getSideOutput(OutputTag<X> sideOutputTag) {
        Objects.requireNonNull(sideOutputTag, "sideOutputTag");
        return new DataStream<>(environment,
                new SideOutputTransformation<>(environment.nextTransformationId(), transformation, sideOutputTag));
    }
}
