package io.riffle.taskmanager.internal.task;

import io.riffle.api.common.eventtime.WatermarkStrategy;
import io.riffle.api.common.functions.FilterFunction;
import io.riffle.api.common.functions.FlatMapFunction;
import io.riffle.api.common.functions.MapFunction;
import io.riffle.api.common.functions.ReduceFunction;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.connector.sink2.Sink;
import io.riffle.api.connector.source.Source;
import io.riffle.streaming.api.functions.KeyedProcessFunction;
import io.riffle.streaming.api.functions.ProcessFunction;
import io.riffle.streaming.api.functions.sink.SinkFunction;
import io.riffle.streaming.api.operators.FilterSpec;
import io.riffle.streaming.api.operators.FlatMapSpec;
import io.riffle.streaming.api.operators.KeyedProcessSpec;
import io.riffle.streaming.api.operators.KeyedReduceSpec;
import io.riffle.streaming.api.operators.MapSpec;
import io.riffle.streaming.api.operators.OperatorSpec;
import io.riffle.streaming.api.operators.ProcessSpec;
import io.riffle.streaming.api.operators.SinkFunctionSpec;
import io.riffle.streaming.api.operators.SinkSpec;
import io.riffle.streaming.api.operators.SourceSpec;
import io.riffle.streaming.api.operators.TimestampsAndWatermarksSpec;
import io.riffle.streaming.api.operators.WindowSpec;
import io.riffle.taskmanager.internal.operators.ClassCopies;
import io.riffle.taskmanager.internal.operators.FilterOperator;
import io.riffle.taskmanager.internal.operators.FlatMapOperator;
import io.riffle.taskmanager.internal.operators.KeyedProcessOperator;
import io.riffle.taskmanager.internal.operators.KeyedReduceOperator;
import io.riffle.taskmanager.internal.operators.MapOperator;
import io.riffle.taskmanager.internal.operators.OperatorEventSender;
import io.riffle.taskmanager.internal.operators.ProcessOperator;
import io.riffle.taskmanager.internal.operators.SinkFunctionOperator;
import io.riffle.taskmanager.internal.operators.SinkWriterOperator;
import io.riffle.taskmanager.internal.operators.SourceOperator;
import io.riffle.taskmanager.internal.operators.StreamOperator;
import io.riffle.taskmanager.internal.operators.TimestampsAndWatermarksOperator;
import io.riffle.taskmanager.internal.windowing.WindowOperator;

/** Builds the operator implementation an {@link OperatorSpec} describes. */
final class OperatorFactory {

    private OperatorFactory() {}

    @SuppressWarnings({"unchecked", "rawtypes"})
    static StreamOperator<?> create(OperatorSpec spec, OperatorEventSender eventSender, ClassCopies copies) {
        // the per-record operators of chains are copies, so the JIT sees each one's user function alone (see ClassCopies)
        if (spec instanceof MapSpec map) {
            return copies.newInstance(MapOperator.class, StreamOperator.class, MapFunction.class, map.function());
        } else if (spec instanceof FlatMapSpec flatMap) {
            return copies.newInstance(FlatMapOperator.class, StreamOperator.class, FlatMapFunction.class, flatMap.function());
        } else if (spec instanceof FilterSpec filter) {
            return copies.newInstance(FilterOperator.class, StreamOperator.class, FilterFunction.class, filter.function());
        } else if (spec instanceof ProcessSpec process) {
            return new ProcessOperator<>((ProcessFunction<Object, Object>) process.function());
        } else if (spec instanceof KeyedProcessSpec keyedProcess) {
            return new KeyedProcessOperator<>((KeyedProcessFunction<Object, Object, Object>) keyedProcess.function());
        } else if (spec instanceof KeyedReduceSpec reduce) {
            return new KeyedReduceOperator<>((ReduceFunction<Object>) reduce.function(), (TypeInformation<Object>) reduce.valueType());
        } else if (spec instanceof WindowSpec window) {
            return new WindowOperator<>(window);
        } else if (spec instanceof SinkSpec sink) {
            return new SinkWriterOperator<>((Sink<Object>) sink.function());
        } else if (spec instanceof SinkFunctionSpec sinkFunction) {
            return new SinkFunctionOperator<>((SinkFunction<Object>) sinkFunction.function());
        } else if (spec instanceof TimestampsAndWatermarksSpec watermarks) {
            return new TimestampsAndWatermarksOperator<>((WatermarkStrategy<Object>) watermarks.strategy(), watermarks.autoWatermarkInterval());
        } else if (spec instanceof SourceSpec source) {
            return new SourceOperator<>((Source) source.function(), (WatermarkStrategy) source.watermarkStrategy(),
                    source.autoWatermarkInterval(), eventSender);
        }
        throw new IllegalArgumentException("this TaskManager cannot run operators of kind " + spec.getClass().getName());
    }
}
