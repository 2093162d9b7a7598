package io.riffle.jobmanager.internal.translation;

import static org.junit.Assert.assertEquals;

import io.riffle.api.common.JobID;
import io.riffle.runtime.jobgraph.JobGraph;
import io.riffle.runtime.jobgraph.JobVertex;
import io.riffle.streaming.api.datastream.DataStream;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.v2.DiscardingSink;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.Test;

/**
 * The chaining rules of DESIGN.md §4, through the real DataStream API: operators chain into one
 * vertex when the edge is forward, parallelism and slot sharing group are equal, chaining is enabled
 * and the downstream operator has a single input; every other case starts a new vertex.
 */
public class JobGraphChainingTest {

    private final StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);

    private JobGraph translate() {
        return JobGraphGenerator.translate(env.getStreamGraph("chaining test"), JobID.generate());
    }

    private static List<String> vertexNames(JobGraph graph) {
        return graph.vertices().stream().map(JobVertex::name).toList();
    }

    private DataStream<Long> numbers() {
        return env.fromSequence(1, 100);
    }

    private static void discard(DataStream<Long> stream) {
        stream.sinkTo(new DiscardingSink<>()).name("Discard");
    }

    @Test
    public void chainsAForwardPipelineOfEqualParallelismIntoOneVertexNamedAfterItsOperators() {
        discard(numbers().map(n -> n * 2).name("Double").filter(n -> n % 3 == 0).name("Every Third"));

        JobGraph graph = translate();

        assertEquals(List.of("Source: Sequence Source -> Double -> Every Third -> Discard"), vertexNames(graph));
        assertEquals(2, graph.vertices().get(0).parallelism());
        assertEquals(List.of(), graph.vertices().get(0).inputs());
        assertEquals(List.of(), graph.vertices().get(0).outputs());
    }

    @Test
    public void chainsAnExplicitForwardEdge() {
        discard(numbers().forward().map(n -> n).name("Same"));

        assertEquals(List.of("Source: Sequence Source -> Same -> Discard"), vertexNames(translate()));
    }

    @Test
    public void chainsEveryConsumerOfAFanOut() {
        DataStream<Long> source = numbers();
        discard(source.map(n -> n + 1).name("Plus"));
        discard(source.map(n -> n - 1).name("Minus"));

        assertEquals(List.of("Source: Sequence Source -> Plus -> Discard -> Minus -> Discard"), vertexNames(translate()));
    }

    @Test
    public void breaksTheChainAtKeyBy() {
        discard(numbers().map(n -> n).name("Before").keyBy(n -> n % 4).reduce(Long::sum).name("Sum"));

        assertEquals(List.of("Source: Sequence Source -> Before", "Sum -> Discard"), vertexNames(translate()));
    }

    @Test
    public void breaksTheChainAtEveryRedistribution() {
        List<UnaryOperator<DataStream<Long>>> redistributions = List.of(DataStream::rebalance, DataStream::shuffle,
                DataStream::broadcast, DataStream::rescale, DataStream::global);
        for (UnaryOperator<DataStream<Long>> redistribute : redistributions) {
            discard(redistribute.apply(numbers()).map(n -> n).name("After"));

            assertEquals(List.of("Source: Sequence Source", "After -> Discard"), vertexNames(translate()));
        }
    }

    @Test
    public void breaksTheChainWhereTheParallelismChanges() {
        discard(numbers().map(n -> n).name("Narrow").setParallelism(1));

        JobGraph graph = translate();

        assertEquals("the sink takes the job's default parallelism again", List.of("Source: Sequence Source", "Narrow", "Discard"),
                vertexNames(graph));
        assertEquals(List.of(2, 1, 2), graph.vertices().stream().map(JobVertex::parallelism).toList());
    }

    @Test
    public void breaksTheChainBetweenSlotSharingGroupsAndDownstreamOperatorsInheritTheGroup() {
        discard(numbers().map(n -> n).name("Isolated").slotSharingGroup("isolated"));

        JobGraph graph = translate();

        assertEquals(List.of("Source: Sequence Source", "Isolated -> Discard"), vertexNames(graph));
        assertEquals(List.of("default", "isolated"), graph.vertices().stream().map(JobVertex::slotSharingGroup).toList());
    }

    @Test
    public void disableChainingIsolatesTheOperatorFromBothNeighbours() {
        discard(numbers().map(n -> n).name("Alone").disableChaining().filter(n -> true).name("After"));

        assertEquals(List.of("Source: Sequence Source", "Alone", "After -> Discard"), vertexNames(translate()));
    }

    @Test
    public void disableChainingOfASinkOnlyDetachesTheSink() {
        numbers().map(n -> n).name("Map").sinkTo(new DiscardingSink<>()).name("Discard").disableChaining();

        assertEquals(List.of("Source: Sequence Source -> Map", "Discard"), vertexNames(translate()));
    }

    @Test
    public void startNewChainBreaksOnlyTowardsThePredecessor() {
        discard(numbers().map(n -> n).name("Head").startNewChain().filter(n -> true).name("Chained"));

        assertEquals(List.of("Source: Sequence Source", "Head -> Chained -> Discard"), vertexNames(translate()));
    }

    @Test
    public void disablingChainingForTheJobGivesEveryOperatorItsOwnVertex() {
        env.disableOperatorChaining();
        discard(numbers().map(n -> n).name("Map"));

        assertEquals(List.of("Source: Sequence Source", "Map", "Discard"), vertexNames(translate()));
    }

    @Test
    public void doesNotChainAnOperatorWithTwoInputsToEither() {
        DataStream<Long> first = env.fromSequence(1, 10).name("First");
        DataStream<Long> second = env.fromSequence(11, 20).name("Second");
        discard(first.union(second).map(n -> n).name("Merged"));

        JobGraph graph = translate();

        assertEquals(List.of("Source: First", "Source: Second", "Merged -> Discard"), vertexNames(graph));
        assertEquals(2, graph.vertices().get(2).inputs().size());
    }

    @Test
    public void namesEverySourceWithTheSourcePrefix() {
        discard(env.fromSequence(1, 2).name("Ids").rebalance().map(n -> n).name("Map"));

        assertEquals(List.of("Source: Ids", "Map -> Discard"), vertexNames(translate()));
    }
}
