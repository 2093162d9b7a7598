package io.riffle.jobmanager.internal.translation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.riffle.api.common.JobID;
import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.runtime.jobgraph.ChainedOperator;
import io.riffle.runtime.jobgraph.DistributionPattern;
import io.riffle.runtime.jobgraph.JobEdge;
import io.riffle.runtime.jobgraph.JobGraph;
import io.riffle.runtime.jobgraph.JobVertex;
import io.riffle.runtime.jobgraph.OperatorOutput;
import io.riffle.runtime.jobgraph.TaskChain;
import io.riffle.streaming.api.datastream.DataStream;
import io.riffle.streaming.api.datastream.SingleOutputStreamOperator;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.ProcessFunction;
import io.riffle.streaming.api.functions.sink.v2.DiscardingSink;
import io.riffle.streaming.api.transformations.Partitioning;
import io.riffle.util.Collector;
import io.riffle.util.OutputTag;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.Test;

/** The edges between vertices: distribution patterns, network outputs and their serializers, side outputs. */
public class JobGraphEdgesTest {

    private static final OutputTag<String> REJECTS = new OutputTag<>("rejects", Types.STRING);

    private final StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);

    /** Sends odd numbers to the main output and even ones, as text, to {@link #REJECTS}. */
    private static final class OddOrReject extends ProcessFunction<Long, Long> {

        private static final long serialVersionUID = 1L;

        @Override
        public void processElement(Long value, Context ctx, Collector<Long> out) {
            if (value % 2 == 1) {
                out.collect(value);
            } else {
                ctx.output(REJECTS, "even " + value);
            }
        }
    }

    private JobGraph translate() {
        return JobGraphGenerator.translate(env.getStreamGraph("edges test"), JobID.generate());
    }

    private static TaskChain chainOf(JobVertex vertex) throws Exception {
        return vertex.operatorChain().deserialize(JobGraphEdgesTest.class.getClassLoader(), List.of());
    }

    private static <T> void discard(DataStream<T> stream) {
        stream.sinkTo(new DiscardingSink<>()).name("Discard");
    }

    /** The single edge of a two-vertex job, checked to connect them. */
    private static JobEdge onlyEdge(JobGraph graph) {
        assertEquals(2, graph.vertices().size());
        JobVertex producer = graph.vertices().get(0);
        JobVertex consumer = graph.vertices().get(1);
        assertEquals(1, producer.outputs().size());
        JobEdge edge = producer.outputs().get(0);
        assertEquals(List.of(edge), consumer.inputs());
        assertEquals(producer.id(), edge.source());
        assertEquals(consumer.id(), edge.target());
        return edge;
    }

    @Test
    public void connectsAllToAllForHashAndRedistributingPartitionings() {
        Map<String, UnaryOperator<DataStream<Long>>> allToAll = Map.of("keyBy", s -> s.keyBy(n -> n % 3), "rebalance",
                DataStream::rebalance, "shuffle", DataStream::shuffle, "broadcast", DataStream::broadcast, "global", DataStream::global);
        allToAll.forEach((name, partition) -> {
            discard(partition.apply(env.fromSequence(1, 10)).map(n -> n));

            assertEquals(name, DistributionPattern.ALL_TO_ALL, onlyEdge(translate()).pattern());
        });
    }

    @Test
    public void connectsPointwiseForRescale() {
        discard(env.fromSequence(1, 10).rescale().map(n -> n));

        assertEquals(DistributionPattern.POINTWISE, onlyEdge(translate()).pattern());
    }

    @Test
    public void connectsPointwiseForAForwardEdgeThatDoesNotChain() {
        discard(env.fromSequence(1, 10).map(n -> n).disableChaining());
        JobGraph graph = translate();

        assertEquals(3, graph.vertices().size());
        for (JobVertex vertex : graph.vertices().subList(1, 3)) {
            assertEquals(DistributionPattern.POINTWISE, vertex.inputs().get(0).pattern());
        }
    }

    @Test
    public void rebalancesImplicitlyWhereTheParallelismChanges() throws Exception {
        discard(env.fromSequence(1, 10).map(n -> n).name("Wide").setParallelism(4).slotSharingGroup("wide").disableChaining());
        JobGraph graph = translate();

        JobVertex source = graph.vertices().get(0);
        OperatorOutput.Network output = (OperatorOutput.Network) chainOf(source).head().outputs().get(0);
        assertEquals(Partitioning.Kind.REBALANCE, output.partitioning().kind());
        assertEquals(DistributionPattern.ALL_TO_ALL, source.outputs().get(0).pattern());
    }

    @Test
    public void describesNetworkOutputsWithTheEdgesSerializerAndTheConsumersKeyGroups() throws Exception {
        env.setMaxParallelism(64);
        env.setBufferTimeout(7);
        discard(env.fromSequence(1, 10).keyBy(n -> n % 3).reduce(Long::sum));
        JobGraph graph = translate();

        TaskChain sourceChain = chainOf(graph.vertices().get(0));
        TaskChain reduceChain = chainOf(graph.vertices().get(1));
        OperatorOutput.Network output = (OperatorOutput.Network) sourceChain.head().outputs().get(0);

        assertEquals(0, output.outputIndex());
        assertEquals(Partitioning.Kind.HASH, output.partitioning().kind());
        assertEquals(Types.LONG.createSerializer(new SerializerConfig()).getClass(), output.serializer().getClass());
        assertEquals(64, output.consumerMaxParallelism());
        assertEquals(7, output.bufferTimeoutMillis());
        assertNull("a source reads no network input", sourceChain.inputSerializer());
        assertEquals(Types.LONG.createSerializer(new SerializerConfig()).getClass(), reduceChain.inputSerializer().getClass());
        assertEquals(64, graph.vertices().get(1).maxParallelism());
    }

    @Test
    public void listsTheSourceOperatorsOfEachVertex() throws Exception {
        DataStream<Long> first = env.fromSequence(1, 10);
        DataStream<Long> second = env.fromSequence(1, 10);
        discard(first.union(second).map(n -> n));
        JobGraph graph = translate();

        assertEquals(List.of(first.getId()), graph.vertices().get(0).sourceOperatorIds());
        assertEquals(List.of(second.getId()), graph.vertices().get(1).sourceOperatorIds());
        assertEquals(List.of(), graph.vertices().get(2).sourceOperatorIds());
        List<ChainedOperator> operators = chainOf(graph.vertices().get(2)).operators();
        assertEquals(List.of("Map", "Discard"), operators.stream().map(ChainedOperator::name).toList());
    }

    @Test
    public void marksKeyedOperatorsWithTheirStateKeySelector() throws Exception {
        discard(env.fromSequence(1, 10).keyBy(n -> n % 3).reduce(Long::sum).name("Sum"));
        JobGraph graph = translate();

        List<ChainedOperator> operators = chainOf(graph.vertices().get(1)).operators();
        assertEquals(List.of(true, false), operators.stream().map(ChainedOperator::isKeyed).toList());
    }

    @Test
    public void chainsASideOutputConsumerWithATaggedChainedOutput() throws Exception {
        SingleOutputStreamOperator<Long> odd = env.fromSequence(1, 10).process(new OddOrReject()).name("Split");
        discard(odd);
        discard(odd.getSideOutput(REJECTS).map(s -> s.length()).name("Reject Length"));
        JobGraph graph = translate();

        assertEquals(1, graph.vertices().size());
        TaskChain chain = chainOf(graph.vertices().get(0));
        List<String> names = chain.operators().stream().map(ChainedOperator::name).toList();
        ChainedOperator split = chain.operators().get(names.indexOf("Split"));
        assertEquals(List.of(new OperatorOutput.Chained(names.indexOf("Discard"), null),
                new OperatorOutput.Chained(names.indexOf("Reject Length"), REJECTS)), split.outputs());
    }

    @Test
    public void sendsASideOutputOverTheNetworkWithTheSerializerOfItsTagsType() throws Exception {
        SingleOutputStreamOperator<Long> odd = env.fromSequence(1, 10).process(new OddOrReject()).name("Split");
        discard(odd);
        discard(odd.getSideOutput(REJECTS).rebalance().map(String::length).name("Reject Length"));
        JobGraph graph = translate();

        assertEquals(2, graph.vertices().size());
        TaskChain chain = chainOf(graph.vertices().get(0));
        ChainedOperator split = chain.operators().get(1);
        assertEquals("Split", split.name());
        OperatorOutput.Network side = (OperatorOutput.Network) split.outputs().stream()
                .filter(OperatorOutput.Network.class::isInstance).findFirst().orElseThrow();
        assertEquals(REJECTS, side.tag());
        assertEquals(Types.STRING.createSerializer(new SerializerConfig()).getClass(), side.serializer().getClass());
        assertEquals(graph.vertices().get(0).outputs().get(side.outputIndex()), graph.vertices().get(1).inputs().get(0));
        assertEquals(Types.STRING.createSerializer(new SerializerConfig()).getClass(),
                chainOf(graph.vertices().get(1)).inputSerializer().getClass());
    }
}
