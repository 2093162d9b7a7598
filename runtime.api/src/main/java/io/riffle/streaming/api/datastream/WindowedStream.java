package io.riffle.streaming.api.datastream;

import io.riffle.api.common.functions.AggregateFunction;
import io.riffle.api.common.functions.ReduceFunction;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.api.java.typeutils.TypeExtractor;
import io.riffle.streaming.api.functions.windowing.ProcessWindowFunction;
import io.riffle.streaming.api.operators.WindowSpec;
import io.riffle.streaming.api.windowing.assigners.MergingWindowAssigner;
import io.riffle.streaming.api.windowing.assigners.WindowAssigner;
import io.riffle.streaming.api.windowing.evictors.Evictor;
import io.riffle.streaming.api.windowing.triggers.Trigger;
import io.riffle.streaming.api.windowing.windows.Window;
import io.riffle.util.OutputTag;
import java.time.Duration;
import java.util.Objects;

/**
 * A keyed stream grouped into windows by a {@link WindowAssigner}. Configure lateness and late data,
 * then evaluate the windows with {@code reduce}, {@code aggregate} or {@code process}: reduce and
 * aggregate keep one value per window and key, process keeps every element until the window fires.
 *
 * <p>The trigger decides when a window fires: by default once time passes its
 * {@link Window#maxTimestamp()}, and again for each element that arrives late, within the allowed
 * lateness.
 */
public class WindowedStream<T, K, W extends Window> {

    private final KeyedStream<T, K> input;
    private final WindowAssigner<? super T, W> assigner;
    private Trigger<? super T, ? super W> trigger;
    private Evictor<? super T, ? super W> evictor;
    private long allowedLatenessMillis;
    private OutputTag<T> lateDataOutputTag;

    public WindowedStream(KeyedStream<T, K> input, WindowAssigner<? super T, W> windowAssigner) {
        this.input = Objects.requireNonNull(input, "input");
        this.assigner = Objects.requireNonNull(windowAssigner, "windowAssigner");
        this.trigger = windowAssigner.getDefaultTrigger();
    }

    /** Replaces the assigner's default trigger: {@code trigger} decides when windows fire and purge. */
    public WindowedStream<T, K, W> trigger(Trigger<? super T, ? super W> trigger) {
        Objects.requireNonNull(trigger, "trigger");
        if (assigner instanceof MergingWindowAssigner && !trigger.canMerge()) {
            throw new UnsupportedOperationException("the merging window assigner " + assigner + " cannot be used with "
                    + trigger + ": that trigger does not support merging windows (canMerge() is false)");
        }
        this.trigger = trigger;
        return this;
    }

    /**
     * Drops elements of a window when it fires, before and/or after the window function. The window
     * then keeps every element; a reduce or aggregate function runs over the remaining ones when it fires.
     */
    public WindowedStream<T, K, W> evictor(Evictor<? super T, ? super W> evictor) {
        this.evictor = Objects.requireNonNull(evictor, "evictor");
        return this;
    }

    /**
     * Keeps each window's contents for {@code lateness} after the window's end, so late elements
     * still update it and fire it again. Event-time windows only (processing time is never late).
     */
    public WindowedStream<T, K, W> allowedLateness(Duration lateness) {
        long millis = Objects.requireNonNull(lateness, "lateness").toMillis();
        if (millis < 0) {
            throw new IllegalArgumentException("allowed lateness must not be negative, got " + lateness);
        }
        this.allowedLatenessMillis = millis;
        return this;
    }

    /** Sends elements too late for all their windows to {@code outputTag} (read with {@code getSideOutput}) instead of dropping them. */
    public WindowedStream<T, K, W> sideOutputLateData(OutputTag<T> outputTag) {
        this.lateDataOutputTag = Objects.requireNonNull(outputTag, "outputTag");
        return this;
    }

    /** Emits, per window and key, the reduction of its elements. */
    public SingleOutputStreamOperator<T> reduce(ReduceFunction<T> function) {
        return build("Window(Reduce)", input.getType(), input.clean(function), input.getType(), null);
    }

    /** Reduces the elements as they arrive, and hands the one result to {@code function} when the window fires. */
    public <R> SingleOutputStreamOperator<R> reduce(ReduceFunction<T> reduceFunction, ProcessWindowFunction<T, R, K, W> function) {
        return reduce(reduceFunction, function, TypeExtractor.getUnaryOperatorReturnType(function, ProcessWindowFunction.class, 0, 1,
                input.getType(), "ProcessWindowFunction", true));
    }

    public <R> SingleOutputStreamOperator<R> reduce(ReduceFunction<T> reduceFunction, ProcessWindowFunction<T, R, K, W> function,
            TypeInformation<R> resultType) {
        return build("Window(Reduce, Process)", resultType, input.clean(reduceFunction), input.getType(), input.clean(function));
    }

    /** Emits, per window and key, the result of aggregating its elements. */
    public <ACC, R> SingleOutputStreamOperator<R> aggregate(AggregateFunction<T, ACC, R> function) {
        TypeInformation<ACC> accumulatorType = TypeExtractor.getAggregateFunctionAccumulatorType(function, input.getType(),
                "AggregateFunction", false);
        TypeInformation<R> resultType = TypeExtractor.getAggregateFunctionReturnType(function, input.getType(),
                "AggregateFunction", true);
        return aggregate(function, accumulatorType, resultType);
    }

    public <ACC, R> SingleOutputStreamOperator<R> aggregate(AggregateFunction<T, ACC, R> function,
            TypeInformation<ACC> accumulatorType, TypeInformation<R> resultType) {
        return build("Window(Aggregate)", resultType, input.clean(function), accumulatorType, null);
    }

    /** Aggregates the elements as they arrive, and hands the one result to {@code windowFunction} when the window fires. */
    public <ACC, V, R> SingleOutputStreamOperator<R> aggregate(AggregateFunction<T, ACC, V> aggregateFunction,
            ProcessWindowFunction<V, R, K, W> windowFunction) {
        TypeInformation<ACC> accumulatorType = TypeExtractor.getAggregateFunctionAccumulatorType(aggregateFunction,
                input.getType(), "AggregateFunction", false);
        TypeInformation<V> resultType = TypeExtractor.getAggregateFunctionReturnType(aggregateFunction, input.getType(),
                "AggregateFunction", true);
        TypeInformation<R> outputType = TypeExtractor.getUnaryOperatorReturnType(windowFunction, ProcessWindowFunction.class,
                0, 1, resultType, "ProcessWindowFunction", true);
        return aggregate(aggregateFunction, windowFunction, accumulatorType, resultType, outputType);
    }

    public <ACC, V, R> SingleOutputStreamOperator<R> aggregate(AggregateFunction<T, ACC, V> aggregateFunction,
            ProcessWindowFunction<V, R, K, W> windowFunction, TypeInformation<ACC> accumulatorType,
            TypeInformation<V> aggregateResultType, TypeInformation<R> resultType) {
        return build("Window(Aggregate, Process)", resultType, input.clean(aggregateFunction), accumulatorType,
                input.clean(windowFunction));
    }

    /** Keeps every element of a window and hands them all to {@code function} when it fires. */
    public <R> SingleOutputStreamOperator<R> process(ProcessWindowFunction<T, R, K, W> function) {
        return process(function, TypeExtractor.getUnaryOperatorReturnType(function, ProcessWindowFunction.class, 0, 1,
                input.getType(), "ProcessWindowFunction", true));
    }

    public <R> SingleOutputStreamOperator<R> process(ProcessWindowFunction<T, R, K, W> function, TypeInformation<R> resultType) {
        return build("Window(Process)", resultType, null, Types.LIST(input.getType()), input.clean(function));
    }

    private <R> SingleOutputStreamOperator<R> build(String name, TypeInformation<R> outputType, Object incrementalFunction,
            TypeInformation<?> contentsType, ProcessWindowFunction<?, R, K, W> windowFunction) {
        TypeInformation<?> keptType = evictor == null ? contentsType : Types.LIST(input.getType());
        WindowSpec spec = new WindowSpec(assigner, trigger, evictor, incrementalFunction, keptType, windowFunction,
                allowedLatenessMillis, lateDataOutputTag);
        return input.transform(name, outputType, spec);
    }
}
