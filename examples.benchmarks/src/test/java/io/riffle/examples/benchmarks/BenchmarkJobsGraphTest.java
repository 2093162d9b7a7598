package io.riffle.examples.benchmarks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import io.riffle.api.common.typeinfo.Types;
import io.riffle.api.dag.Transformation;
import io.riffle.api.java.typeutils.MissingTypeInfo;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.graph.StreamGraph;
import io.riffle.streaming.api.transformations.PartitionTransformation;
import io.riffle.streaming.api.transformations.Partitioning;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;

/** Each job's pipeline as built on the client, without running it: operators, exchanges, types. */
public class BenchmarkJobsGraphTest {

    @Test
    public void everyJobBuildsAGraphWhoseTypesAreAllKnown() {
        for (BenchmarkJob job : Benchmark.JOBS) {
            StreamGraph graph = graphOf(job, 3);
            assertEquals(3, graph.defaultParallelism());
            for (Transformation<?> transformation : graph.transformations()) {
                assertFalse(job.name() + ": " + transformation, transformation.getOutputType() instanceof MissingTypeInfo);
            }
        }
    }

    @Test
    public void wordcountHashesWordsToARunningSumAndItsDigest() {
        StreamGraph graph = graphOf(new WordCountJob(), 2);
        assertEquals(List.of("words", "Keyed Aggregation", "digest", "Sink"), names(graph));
        assertEquals(Types.TUPLE(Types.STRING, Types.LONG), graph.transformations().get(0).getOutputType());
        assertEquals(Partitioning.Kind.HASH, exchangeInto(graph, "Keyed Aggregation"));
    }

    @Test
    public void chainIsMapFilterMapIntoTheDigestWithoutExchanges() {
        StreamGraph graph = graphOf(new ChainJob(), 2);
        assertEquals(List.of("Sequence Source", "Map", "Filter", "Map", "digest", "Sink"), names(graph));
        for (Transformation<?> transformation : graph.transformations()) {
            for (Transformation<?> input : transformation.getInputs()) {
                assertFalse(transformation.getName(), input instanceof PartitionTransformation);
            }
        }
        assertEquals(Types.LONG, graph.transformations().get(3).getOutputType());
    }

    @Test
    public void shuffleBytesRebalancesPayloadsIntoTheDigest() {
        StreamGraph graph = graphOf(new ShuffleBytesJob(), 2);
        assertEquals(List.of("payload", "digest", "Sink"), names(graph));
        assertEquals(Partitioning.Kind.REBALANCE, exchangeInto(graph, "digest"));
    }

    private static StreamGraph graphOf(BenchmarkJob job, int parallelism) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
        job.addTo(env, 1_000);
        return env.getStreamGraph(job.name());
    }

    private static List<String> names(StreamGraph graph) {
        return graph.transformations().stream().map(Transformation::getName).collect(Collectors.toList());
    }

    private static Partitioning.Kind exchangeInto(StreamGraph graph, String operator) {
        Transformation<?> transformation = graph.transformations().stream()
                .filter(t -> t.getName().equals(operator)).findFirst().orElseThrow();
        Transformation<?> input = transformation.getInputs().get(0);
        return input instanceof PartitionTransformation<?> exchange ? exchange.getPartitioning().kind() : null;
    }
}
