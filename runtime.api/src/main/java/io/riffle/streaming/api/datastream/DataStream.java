package io.riffle.streaming.api.datastream;

import io.riffle.api.common.eventtime.WatermarkStrategy;
import io.riffle.api.common.functions.FilterFunction;
import io.riffle.api.common.functions.FlatMapFunction;
import io.riffle.api.common.functions.Function;
import io.riffle.api.common.functions.MapFunction;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.connector.sink2.Sink;
import io.riffle.api.dag.Transformation;
import io.riffle.api.java.functions.KeySelector;
import io.riffle.api.java.typeutils.TypeExtractor;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.ProcessFunction;
import io.riffle.streaming.api.functions.sink.PrintSink;
import io.riffle.streaming.api.functions.sink.SinkFunction;
import io.riffle.streaming.api.operators.FilterSpec;
import io.riffle.streaming.api.operators.FlatMapSpec;
import io.riffle.streaming.api.operators.MapSpec;
import io.riffle.streaming.api.operators.OperatorSpec;
import io.riffle.streaming.api.operators.ProcessSpec;
import io.riffle.streaming.api.operators.SinkFunctionSpec;
import io.riffle.streaming.api.operators.SinkSpec;
import io.riffle.streaming.api.operators.TimestampsAndWatermarksSpec;
import io.riffle.streaming.api.transformations.OneInputTransformation;
import io.riffle.streaming.api.transformations.PartitionTransformation;
import io.riffle.streaming.api.transformations.Partitioning;
import io.riffle.streaming.api.transformations.SinkTransformation;
import io.riffle.streaming.api.transformations.UnionTransformation;
import io.riffle.streaming.api.windowing.assigners.WindowAssigner;
import io.riffle.streaming.api.windowing.windows.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A stream of elements of one type, and the operations that make new streams from it. */
public class DataStream<T> {

    protected final StreamExecutionEnvironment environment;
    protected final Transformation<T> transformation;

    public DataStream(StreamExecutionEnvironment environment, Transformation<T> transformation) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.transformation = Objects.requireNonNull(transformation, "transformation");
    }

    public StreamExecutionEnvironment getExecutionEnvironment() {
        return environment;
    }

    public Transformation<T> getTransformation() {
        return transformation;
    }

    public int getId() {
        return transformation.getId();
    }

    public int getParallelism() {
        return transformation.getParallelism();
    }

    /**
     * Stamps each element with an event-time timestamp and emits watermarks, both by
     * {@code watermarkStrategy}; periodic generators emit every {@code pipeline.auto-watermark-interval}.
     */
    public SingleOutputStreamOperator<T> assignTimestampsAndWatermarks(WatermarkStrategy<T> watermarkStrategy) {
        Objects.requireNonNull(watermarkStrategy, "watermarkStrategy");
        // the interval is the job's, filled in at translation: it may still change after this call
        return transform("Timestamps/Watermarks", getType(),
                new TimestampsAndWatermarksSpec(clean(watermarkStrategy), environment.getConfig().getAutoWatermarkInterval()));
    }

    /** The element type; a missing type fails only when something needs it. */
    public TypeInformation<T> getType() {
        return transformation.getOutputType();
    }

    public <R> SingleOutputStreamOperator<R> map(MapFunction<T, R> mapper) {
        return map(mapper, outputType(mapper, MapFunction.class, 0, 1, "Map"));
    }

    public <R> SingleOutputStreamOperator<R> map(MapFunction<T, R> mapper, TypeInformation<R> outputType) {
        return transform("Map", outputType, new MapSpec(clean(mapper)));
    }

    public <R> SingleOutputStreamOperator<R> flatMap(FlatMapFunction<T, R> flatMapper) {
        return flatMap(flatMapper, outputType(flatMapper, FlatMapFunction.class, 0, 1, "Flat Map"));
    }

    public <R> SingleOutputStreamOperator<R> flatMap(FlatMapFunction<T, R> flatMapper, TypeInformation<R> outputType) {
        return transform("Flat Map", outputType, new FlatMapSpec(clean(flatMapper)));
    }

    public SingleOutputStreamOperator<T> filter(FilterFunction<T> filter) {
        return transform("Filter", getType(), new FilterSpec(clean(filter)));
    }

    public <R> SingleOutputStreamOperator<R> process(ProcessFunction<T, R> processFunction) {
        return process(processFunction, outputType(processFunction, ProcessFunction.class, 0, 1, "Process"));
    }

    public <R> SingleOutputStreamOperator<R> process(ProcessFunction<T, R> processFunction, TypeInformation<R> outputType) {
        return transform("Process", outputType, new ProcessSpec(clean(processFunction)));
    }

    /** Partitions the stream by key: records with equal keys go to the same subtask. */
    public <K> KeyedStream<T, K> keyBy(KeySelector<T, K> key) {
        TypeInformation<K> keyType = outputType(key, KeySelector.class, 0, 1, "Key Selector");
        return new KeyedStream<>(this, clean(key), keyType);
    }

    public <K> KeyedStream<T, K> keyBy(KeySelector<T, K> key, TypeInformation<K> keyType) {
        return new KeyedStream<>(this, clean(key), Objects.requireNonNull(keyType, "keyType"));
    }

    /** This stream and {@code streams} as one stream; all must have the same element type. */
    @SafeVarargs
    public final DataStream<T> union(DataStream<T>... streams) {
        List<Transformation<T>> inputs = new ArrayList<>();
        inputs.add(transformation);
        for (DataStream<T> stream : streams) {
            if (stream.environment != environment) {
                throw new IllegalArgumentException("cannot union streams of different execution environments");
            }
            inputs.add(stream.transformation);
        }
        return new DataStream<>(environment, new UnionTransformation<>(environment.nextTransformationId(), inputs));
    }

    /** Round robin over all downstream subtasks. */
    public DataStream<T> rebalance() {
        return partition(Partitioning.Kind.REBALANCE);
    }

    /** Round robin over a local subset of downstream subtasks: cheaper than rebalance across many subtasks. */
    public DataStream<T> rescale() {
        return partition(Partitioning.Kind.RESCALE);
    }

    /** A uniformly random downstream subtask per record. */
    public DataStream<T> shuffle() {
        return partition(Partitioning.Kind.SHUFFLE);
    }

    /** Every record to every downstream subtask. */
    public DataStream<T> broadcast() {
        return partition(Partitioning.Kind.BROADCAST);
    }

    /** Subtask i to subtask i; the next operator must have the same parallelism. */
    public DataStream<T> forward() {
        return partition(Partitioning.Kind.FORWARD);
    }

    /** Every record to the first downstream subtask. */
    public DataStream<T> global() {
        return partition(Partitioning.Kind.GLOBAL);
    }

    private DataStream<T> partition(Partitioning.Kind kind) {
        return new DataStream<>(environment,
                new PartitionTransformation<>(environment.nextTransformationId(), transformation, Partitioning.of(kind)));
    }

    /** Prints every element's {@code toString()} to standard out, prefixed by the subtask when parallel. */
    public DataStreamSink<T> print() {
        return sinkTo(new PrintSink<>()).name("Print to Std. Out");
    }

    public DataStreamSink<T> print(String sinkIdentifier) {
        return sinkTo(new PrintSink<>(sinkIdentifier)).name("Print to Std. Out");
    }

    public DataStreamSink<T> printToErr() {
        return sinkTo(new PrintSink<>(true)).name("Print to Std. Err");
    }

    public DataStreamSink<T> sinkTo(Sink<T> sink) {
        return addSinkTransformation("Sink", new SinkSpec(clean(sink)));
    }

    public DataStreamSink<T> addSink(SinkFunction<T> sinkFunction) {
        return addSinkTransformation("Unnamed", new SinkFunctionSpec(clean(sinkFunction)));
    }

    private DataStreamSink<T> addSinkTransformation(String name, OperatorSpec sink) {
        SinkTransformation<T> sinkTransformation = new SinkTransformation<>(environment.nextTransformationId(),
                transformation, name, sink, Transformation.DEFAULT_PARALLELISM);
        configureOperator(sinkTransformation);
        environment.addOperator(sinkTransformation);
        return new DataStreamSink<>(sinkTransformation);
    }

    /** Groups all elements into windows; one parallel instance evaluates them (as in Flink). */
    public <W extends Window> AllWindowedStream<T, W> windowAll(WindowAssigner<? super T, W> assigner) {
        return new AllWindowedStream<>(this, assigner);
    }

    /** Adds an operator with one input; keyed streams make it keyed. */
    protected <R> SingleOutputStreamOperator<R> transform(String name, TypeInformation<R> outputType, OperatorSpec operator) {
        OneInputTransformation<T, R> result = new OneInputTransformation<>(environment.nextTransformationId(),
                transformation, name, operator, outputType, Transformation.DEFAULT_PARALLELISM);
        configureOperator(result);
        environment.addOperator(result);
        return new SingleOutputStreamOperator<>(environment, result);
    }

    /** Hook for keyed streams, which attach their key selector to every operator they create. */
    protected void configureOperator(Transformation<?> operator) {}

    /**
     * The output type of {@code function}, or a missing type that fails with a hint to use
     * {@code returns(...)} when something needs it.
     */
    protected <R> TypeInformation<R> outputType(Function function, Class<?> baseInterface, int inputIndex, int outputIndex,
            String functionName) {
        return TypeExtractor.getUnaryOperatorReturnType(function, baseInterface, inputIndex, outputIndex, getType(),
                functionName, true);
    }

    /** Checks now, while the job is built, that a user function can travel to the TaskManagers. */
    protected <F> F clean(F function) {
        return ClosureCheck.ensureSerializable(function);
    }
}
