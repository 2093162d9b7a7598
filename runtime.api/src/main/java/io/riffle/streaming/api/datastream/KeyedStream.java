package io.riffle.streaming.api.datastream;

import io.riffle.api.common.functions.ReduceFunction;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.dag.Transformation;
import io.riffle.api.java.functions.KeySelector;
import io.riffle.streaming.api.functions.KeyedProcessFunction;
import io.riffle.streaming.api.functions.aggregation.AggregationFunction;
import io.riffle.streaming.api.functions.aggregation.AggregationFunction.AggregationType;
import io.riffle.streaming.api.functions.aggregation.ComparableAggregator;
import io.riffle.streaming.api.functions.aggregation.SumAggregator;
import io.riffle.streaming.api.operators.KeyedProcessSpec;
import io.riffle.streaming.api.operators.KeyedReduceSpec;
import io.riffle.streaming.api.transformations.OneInputTransformation;
import io.riffle.streaming.api.transformations.PartitionTransformation;
import io.riffle.streaming.api.transformations.Partitioning;
import io.riffle.streaming.api.windowing.assigners.WindowAssigner;
import io.riffle.streaming.api.windowing.windows.Window;

/**
 * A stream partitioned by key. Operators applied to it are keyed: they may use keyed state and
 * timers, which are scoped to the key of the element being processed.
 */
public class KeyedStream<T, KEY> extends DataStream<T> {

    private final KeySelector<T, KEY> keySelector;
    private final TypeInformation<KEY> keyType;

    KeyedStream(DataStream<T> input, KeySelector<T, KEY> keySelector, TypeInformation<KEY> keyType) {
        super(input.getExecutionEnvironment(), new PartitionTransformation<>(
                input.getExecutionEnvironment().nextTransformationId(), input.getTransformation(),
                Partitioning.hash(keySelector, keyType)));
        this.keySelector = keySelector;
        this.keyType = keyType;
    }

    public KeySelector<T, KEY> getKeySelector() {
        return keySelector;
    }

    public TypeInformation<KEY> getKeyType() {
        return keyType;
    }

    @Override
    protected void configureOperator(Transformation<?> operator) {
        if (operator instanceof OneInputTransformation<?, ?> oneInput) {
            @SuppressWarnings("unchecked")
            OneInputTransformation<T, ?> keyed = (OneInputTransformation<T, ?>) oneInput;
            keyed.setStateKeySelector(keySelector, keyType);
        }
    }

    public <R> SingleOutputStreamOperator<R> process(KeyedProcessFunction<KEY, T, R> keyedProcessFunction) {
        return process(keyedProcessFunction, outputType(keyedProcessFunction, KeyedProcessFunction.class, 1, 2, "KeyedProcess"));
    }

    public <R> SingleOutputStreamOperator<R> process(KeyedProcessFunction<KEY, T, R> keyedProcessFunction,
            TypeInformation<R> outputType) {
        return transform("KeyedProcess", outputType, new KeyedProcessSpec(clean(keyedProcessFunction)));
    }

    /** Groups each key's elements into the windows {@code assigner} puts them in. */
    public <W extends Window> WindowedStream<T, KEY, W> window(WindowAssigner<? super T, W> assigner) {
        return new WindowedStream<>(this, assigner);
    }

    /** A running reduction per key: emits the key's reduced value after every element. */
    public SingleOutputStreamOperator<T> reduce(ReduceFunction<T> reducer) {
        return transform("Keyed Reduce", getType(), new KeyedReduceSpec(clean(reducer), getType()));
    }

    /** Running sum of tuple field {@code positionToSum} (or of the value itself, for basic types, at position 0). */
    public SingleOutputStreamOperator<T> sum(int positionToSum) {
        return aggregate(new SumAggregator<>(positionToSum, getType()));
    }

    /** Running sum of the named field: a POJO or record field, or {@code f0}.. of a tuple. */
    public SingleOutputStreamOperator<T> sum(String field) {
        return aggregate(new SumAggregator<>(field, getType()));
    }

    public SingleOutputStreamOperator<T> min(int positionToMin) {
        return aggregate(new ComparableAggregator<>(positionToMin, getType(), AggregationType.MIN, false));
    }

    public SingleOutputStreamOperator<T> min(String field) {
        return aggregate(new ComparableAggregator<>(field, getType(), AggregationType.MIN, false));
    }

    public SingleOutputStreamOperator<T> max(int positionToMax) {
        return aggregate(new ComparableAggregator<>(positionToMax, getType(), AggregationType.MAX, false));
    }

    public SingleOutputStreamOperator<T> max(String field) {
        return aggregate(new ComparableAggregator<>(field, getType(), AggregationType.MAX, false));
    }

    /** The element with the smallest value in the field so far (the first of equal ones). */
    public SingleOutputStreamOperator<T> minBy(int positionToMinBy) {
        return aggregate(new ComparableAggregator<>(positionToMinBy, getType(), AggregationType.MINBY, true));
    }

    public SingleOutputStreamOperator<T> minBy(String field) {
        return aggregate(new ComparableAggregator<>(field, getType(), AggregationType.MINBY, true));
    }

    public SingleOutputStreamOperator<T> maxBy(int positionToMaxBy) {
        return aggregate(new ComparableAggregator<>(positionToMaxBy, getType(), AggregationType.MAXBY, true));
    }

    public SingleOutputStreamOperator<T> maxBy(String field) {
        return aggregate(new ComparableAggregator<>(field, getType(), AggregationType.MAXBY, true));
    }

    private SingleOutputStreamOperator<T> aggregate(AggregationFunction<T> aggregate) {
        return transform("Keyed Aggregation", getType(), new KeyedReduceSpec(aggregate, getType()));
    }
}
