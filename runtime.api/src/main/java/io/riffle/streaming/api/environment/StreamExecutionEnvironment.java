package io.riffle.streaming.api.environment;

import io.riffle.api.common.ExecutionConfig;
import io.riffle.api.common.JobExecutionResult;
import io.riffle.api.common.eventtime.WatermarkStrategy;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.connector.source.Source;
import io.riffle.api.connector.source.lib.NumberSequenceSource;
import io.riffle.api.dag.Transformation;
import io.riffle.api.java.typeutils.ResultTypeQueryable;
import io.riffle.api.java.typeutils.TypeExtractor;
import io.riffle.configuration.Configuration;
import io.riffle.configuration.CoreOptions;
import io.riffle.configuration.ExecutionOptions;
import io.riffle.configuration.PipelineOptions;
import io.riffle.core.execution.ExecutorContext;
import io.riffle.core.execution.JobClient;
import io.riffle.core.execution.PipelineExecutor;
import io.riffle.runtime.client.JobExecutionException;
import io.riffle.runtime.state.KeyGroupRangeAssignment;
import io.riffle.streaming.api.datastream.DataStreamSource;
import io.riffle.streaming.api.graph.StreamGraph;
import io.riffle.streaming.api.operators.SourceSpec;
import io.riffle.streaming.api.transformations.SourceTransformation;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Where a job is built and started. {@link #getExecutionEnvironment()} returns the environment of
 * the cluster that runs this {@code main()} (when submitted with {@code riffle run} or the shell),
 * or a local one that runs the job on an in-process mini cluster (when run from an IDE or with
 * {@code mvn exec}).
 */
public class StreamExecutionEnvironment {

    private final Configuration configuration;
    private final PipelineExecutor executor;
    private final ExecutionConfig executionConfig = new ExecutionConfig();
    private final List<Transformation<?>> transformations = new ArrayList<>();
    private int nextTransformationId;
    private int parallelism;
    private int maxParallelism;
    private long bufferTimeoutMillis;
    private boolean chainingEnabled;

    /**
     * @param executor runs the job; null to find one when the job executes (the mini cluster of
     *     {@code runtime.embedded}, if it is on the class path)
     */
    public StreamExecutionEnvironment(Configuration configuration, PipelineExecutor executor) {
        this.configuration = new Configuration(configuration);
        this.executor = executor;
        this.parallelism = this.configuration.getOptional(CoreOptions.DEFAULT_PARALLELISM)
                .orElse(Runtime.getRuntime().availableProcessors());
        this.maxParallelism = this.configuration.get(PipelineOptions.MAX_PARALLELISM);
        this.bufferTimeoutMillis = this.configuration.get(ExecutionOptions.BUFFER_TIMEOUT).toMillis();
        this.chainingEnabled = this.configuration.get(PipelineOptions.OPERATOR_CHAINING);
        executionConfig.setAutoWatermarkInterval(this.configuration.get(PipelineOptions.AUTO_WATERMARK_INTERVAL).toMillis());
    }

    public static StreamExecutionEnvironment getExecutionEnvironment() {
        return getExecutionEnvironment(new Configuration());
    }

    /** Like {@link #getExecutionEnvironment()}; {@code configuration} adds to the cluster's settings. */
    public static StreamExecutionEnvironment getExecutionEnvironment(Configuration configuration) {
        return ExecutorContext.current()
                .map(binding -> {
                    Configuration merged = new Configuration(binding.configuration());
                    configuration.toMap().forEach(merged::setString);
                    return new StreamExecutionEnvironment(merged, binding.executor());
                })
                .orElseGet(() -> createLocalEnvironment(configuration));
    }

    /** A local environment with one subtask per CPU core by default. */
    public static StreamExecutionEnvironment createLocalEnvironment() {
        return createLocalEnvironment(new Configuration());
    }

    public static StreamExecutionEnvironment createLocalEnvironment(int parallelism) {
        return createLocalEnvironment(new Configuration().set(CoreOptions.DEFAULT_PARALLELISM, parallelism));
    }

    public static StreamExecutionEnvironment createLocalEnvironment(Configuration configuration) {
        return new StreamExecutionEnvironment(configuration, null);
    }

    public Configuration getConfiguration() {
        return new Configuration(configuration);
    }

    public ExecutionConfig getConfig() {
        return executionConfig;
    }

    public StreamExecutionEnvironment setParallelism(int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
        this.parallelism = parallelism;
        return this;
    }

    public int getParallelism() {
        return parallelism;
    }

    /** Sets the number of key groups: the highest parallelism keyed state can ever be scaled to. */
    public StreamExecutionEnvironment setMaxParallelism(int maxParallelism) {
        KeyGroupRangeAssignment.checkParallelism(maxParallelism, 1);
        this.maxParallelism = maxParallelism;
        return this;
    }

    public int getMaxParallelism() {
        return maxParallelism;
    }

    /** Longest wait of a partly filled network buffer, in ms; 0 sends every record at once. */
    public StreamExecutionEnvironment setBufferTimeout(long timeoutMillis) {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("buffer timeout must not be negative, got " + timeoutMillis);
        }
        this.bufferTimeoutMillis = timeoutMillis;
        return this;
    }

    public long getBufferTimeout() {
        return bufferTimeoutMillis;
    }

    public StreamExecutionEnvironment disableOperatorChaining() {
        this.chainingEnabled = false;
        return this;
    }

    public boolean isChainingEnabled() {
        return chainingEnabled;
    }

    /** Called by the API for each new transformation; not for job authors. */
    public int nextTransformationId() {
        return nextTransformationId++;
    }

    /** Called by the API for each transformation that becomes part of the job; not for job authors. */
    public void addOperator(Transformation<?> transformation) {
        transformations.add(Objects.requireNonNull(transformation, "transformation"));
    }

    @SafeVarargs
    public final <OUT> DataStreamSource<OUT> fromElements(OUT... data) {
        if (data.length == 0) {
            throw new IllegalArgumentException("fromElements needs at least one element; use fromElements(Class, ...) for none");
        }
        return fromCollection(Arrays.asList(data));
    }

    @SafeVarargs
    public final <OUT> DataStreamSource<OUT> fromElements(Class<OUT> type, OUT... data) {
        return fromCollection(Arrays.asList(data), TypeInformation.of(type));
    }

    @SafeVarargs
    public final <OUT> DataStreamSource<OUT> fromData(OUT... data) {
        return fromElements(data);
    }

    public <OUT> DataStreamSource<OUT> fromData(Collection<OUT> data) {
        return fromCollection(data);
    }

    public <OUT> DataStreamSource<OUT> fromData(Collection<OUT> data, TypeInformation<OUT> typeInfo) {
        return fromCollection(data, typeInfo);
    }

    /** The elements of {@code data} in order, from a single (non-parallel) source. */
    public <OUT> DataStreamSource<OUT> fromCollection(Collection<OUT> data) {
        if (data.isEmpty()) {
            throw new IllegalArgumentException("the collection is empty: its element type is unknown; use fromCollection(data, typeInfo)");
        }
        OUT first = data.iterator().next();
        if (first == null) {
            throw new IllegalArgumentException("collections passed to fromCollection must not contain null");
        }
        @SuppressWarnings("unchecked")
        TypeInformation<OUT> type = (TypeInformation<OUT>) TypeExtractor.getForObject(first);
        return fromCollection(data, type);
    }

    public <OUT> DataStreamSource<OUT> fromCollection(Collection<OUT> data, TypeInformation<OUT> typeInfo) {
        FromElementsSource<OUT> source = new FromElementsSource<>(typeInfo, data, executionConfig.getSerializerConfig());
        DataStreamSource<OUT> stream = fromSource(source, WatermarkStrategy.noWatermarks(), "Collection Source", typeInfo);
        stream.setParallelism(1);
        return stream;
    }

    /**
     * The longs {@code from..to}, both inclusive, read in parallel: the range is cut into one contiguous
     * split per subtask, and readers take splits as they ask for them (a fast reader may read two).
     */
    public DataStreamSource<Long> fromSequence(long from, long to) {
        if (from > to) {
            throw new IllegalArgumentException("fromSequence needs from <= to, got " + from + " > " + to);
        }
        return fromSource(new NumberSequenceSource(from, to), WatermarkStrategy.noWatermarks(), "Sequence Source",
                io.riffle.api.common.typeinfo.Types.LONG);
    }

    /** The lines of a text file (or of every file in a directory), one file per parallel reader. */
    public DataStreamSource<String> readTextFile(String filePath) {
        return readTextFile(filePath, StandardCharsets.UTF_8.name());
    }

    public DataStreamSource<String> readTextFile(String filePath, String charsetName) {
        Objects.requireNonNull(filePath, "filePath");
        Charset charset = Charset.forName(charsetName);
        return fromSource(new TextFileSource(filePath, charset), WatermarkStrategy.noWatermarks(),
                "Read Text File: " + filePath, io.riffle.api.common.typeinfo.Types.STRING);
    }

    public <OUT> DataStreamSource<OUT> fromSource(Source<OUT, ?, ?> source, WatermarkStrategy<OUT> watermarkStrategy,
            String sourceName) {
        return fromSource(source, watermarkStrategy, sourceName, sourceType(source, sourceName));
    }

    public <OUT> DataStreamSource<OUT> fromSource(Source<OUT, ?, ?> source, WatermarkStrategy<OUT> watermarkStrategy,
            String sourceName, TypeInformation<OUT> typeInfo) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(watermarkStrategy, "watermarkStrategy");
        SourceTransformation<OUT> transformation = new SourceTransformation<>(nextTransformationId(), sourceName,
                new SourceSpec(source, watermarkStrategy, executionConfig.getAutoWatermarkInterval()), typeInfo,
                Transformation.DEFAULT_PARALLELISM);
        return new DataStreamSource<>(this, transformation);
    }

    @SuppressWarnings("unchecked")
    private static <OUT> TypeInformation<OUT> sourceType(Source<OUT, ?, ?> source, String sourceName) {
        if (source instanceof ResultTypeQueryable<?> queryable) {
            return (TypeInformation<OUT>) queryable.getProducedType();
        }
        return (TypeInformation<OUT>) TypeExtractor.createTypeInfoFromSubclass(source, Source.class, 0);
    }

    /** Runs the job and waits for its end. */
    public JobExecutionResult execute() throws Exception {
        return execute("Riffle Streaming Job");
    }

    /**
     * Runs the job and waits for its end.
     *
     * @throws JobExecutionException if the job fails; its cause is what failed it
     */
    public JobExecutionResult execute(String jobName) throws Exception {
        JobClient client = executeAsync(jobName);
        try {
            return client.getJobExecutionResult().get();
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof JobExecutionException jobFailure) {
                throw jobFailure;
            }
            throw new JobExecutionException(client.getJobID(), "job '" + jobName + "' failed", cause);
        }
    }

    public JobClient executeAsync() throws Exception {
        return executeAsync("Riffle Streaming Job");
    }

    /** Submits the job and returns once the cluster accepted it. */
    public JobClient executeAsync(String jobName) throws Exception {
        StreamGraph graph = getStreamGraph(jobName);
        PipelineExecutor target = executor != null ? executor : EmbeddedExecutors.find(configuration);
        ClassLoader userCodeClassLoader = Thread.currentThread().getContextClassLoader();
        if (userCodeClassLoader == null) {
            userCodeClassLoader = StreamExecutionEnvironment.class.getClassLoader();
        }
        try {
            return target.execute(graph, userCodeClassLoader).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    /**
     * The job as built so far, and clears this environment's transformations so the environment can
     * build a next job, as Flink does.
     */
    public StreamGraph getStreamGraph(String jobName) {
        if (transformations.isEmpty()) {
            throw new IllegalStateException("No operators defined in streaming topology. Cannot execute.");
        }
        StreamGraph graph = new StreamGraph(jobName, transformations, executionConfig, parallelism, maxParallelism,
                bufferTimeoutMillis, chainingEnabled);
        transformations.clear();
        return graph;
    }
}
