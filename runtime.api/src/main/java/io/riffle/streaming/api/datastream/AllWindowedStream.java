package io.riffle.streaming.api.datastream;

import io.riffle.api.common.functions.AggregateFunction;
import io.riffle.api.common.functions.ReduceFunction;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.api.java.functions.KeySelector;
import io.riffle.api.java.typeutils.TypeExtractor;
import io.riffle.streaming.api.functions.windowing.ProcessAllWindowFunction;
import io.riffle.streaming.api.windowing.assigners.WindowAssigner;
import io.riffle.streaming.api.windowing.evictors.Evictor;
import io.riffle.streaming.api.windowing.triggers.Trigger;
import io.riffle.streaming.api.windowing.windows.Window;
import io.riffle.util.OutputTag;
import java.time.Duration;

/**
 * A non-keyed stream grouped into windows ({@code DataStream.windowAll}). As in Flink, all elements
 * go to one key and the window operator runs with parallelism 1.
 */
public class AllWindowedStream<T, W extends Window> {

    private final WindowedStream<T, Byte, W> windowed;
    private final TypeInformation<T> inputType;

    public AllWindowedStream(DataStream<T> input, WindowAssigner<? super T, W> windowAssigner) {
        this.windowed = new WindowedStream<>(input.keyBy(new NullByteKeySelector<>(), Types.BYTE), windowAssigner);
        this.inputType = input.getType();
    }

    public AllWindowedStream<T, W> trigger(Trigger<? super T, ? super W> trigger) {
        windowed.trigger(trigger);
        return this;
    }

    public AllWindowedStream<T, W> evictor(Evictor<? super T, ? super W> evictor) {
        windowed.evictor(evictor);
        return this;
    }

    public AllWindowedStream<T, W> allowedLateness(Duration lateness) {
        windowed.allowedLateness(lateness);
        return this;
    }

    public AllWindowedStream<T, W> sideOutputLateData(OutputTag<T> outputTag) {
        windowed.sideOutputLateData(outputTag);
        return this;
    }

    public SingleOutputStreamOperator<T> reduce(ReduceFunction<T> function) {
        return windowed.reduce(function).setParallelism(1);
    }

    public <R> SingleOutputStreamOperator<R> reduce(ReduceFunction<T> reduceFunction, ProcessAllWindowFunction<T, R, W> function) {
        return windowed.reduce(reduceFunction, adapt(function), outputType(function, inputType)).setParallelism(1);
    }

    public <ACC, R> SingleOutputStreamOperator<R> aggregate(AggregateFunction<T, ACC, R> function) {
        return windowed.aggregate(function).setParallelism(1);
    }

    public <ACC, R> SingleOutputStreamOperator<R> aggregate(AggregateFunction<T, ACC, R> function,
            TypeInformation<ACC> accumulatorType, TypeInformation<R> resultType) {
        return windowed.aggregate(function, accumulatorType, resultType).setParallelism(1);
    }

    public <ACC, V, R> SingleOutputStreamOperator<R> aggregate(AggregateFunction<T, ACC, V> aggregateFunction,
            ProcessAllWindowFunction<V, R, W> windowFunction) {
        TypeInformation<ACC> accumulatorType = TypeExtractor.getAggregateFunctionAccumulatorType(aggregateFunction, inputType,
                "AggregateFunction", false);
        TypeInformation<V> resultType = TypeExtractor.getAggregateFunctionReturnType(aggregateFunction, inputType,
                "AggregateFunction", true);
        return windowed.aggregate(aggregateFunction, adapt(windowFunction), accumulatorType, resultType,
                outputType(windowFunction, resultType)).setParallelism(1);
    }

    public <R> SingleOutputStreamOperator<R> process(ProcessAllWindowFunction<T, R, W> function) {
        return process(function, outputType(function, inputType));
    }

    public <R> SingleOutputStreamOperator<R> process(ProcessAllWindowFunction<T, R, W> function, TypeInformation<R> resultType) {
        return windowed.process(adapt(function), resultType).setParallelism(1);
    }

    private static <IN, R, W extends Window> AllWindowFunctionAdapter<IN, R, W> adapt(ProcessAllWindowFunction<IN, R, W> function) {
        return new AllWindowFunctionAdapter<>(ClosureCheck.ensureSerializable(function));
    }

    private static <R> TypeInformation<R> outputType(ProcessAllWindowFunction<?, R, ?> function, TypeInformation<?> inType) {
        return TypeExtractor.getUnaryOperatorReturnType(function, ProcessAllWindowFunction.class, 0, 1, inType,
                "ProcessAllWindowFunction", true);
    }

    /** Puts every element under one key (0), like Flink's {@code NullByteKeySelector}. */
    private static final class NullByteKeySelector<T> implements KeySelector<T, Byte> {

        private static final long serialVersionUID = 1L;

        @Override
        public Byte getKey(T value) {
            return 0;
        }
    }
}
