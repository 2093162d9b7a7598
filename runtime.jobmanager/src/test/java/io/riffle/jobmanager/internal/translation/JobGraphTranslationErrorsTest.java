package io.riffle.jobmanager.internal.translation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.JobID;
import io.riffle.api.common.functions.InvalidTypesException;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.api.java.tuple.Tuple2;
import io.riffle.runtime.jobgraph.JobGraph;
import io.riffle.streaming.api.datastream.DataStream;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.v2.DiscardingSink;
import io.riffle.streaming.api.graph.StreamGraph;
import org.junit.Test;

/** Jobs that cannot run fail at translation (submission) with a message that names the operators and the fix. */
public class JobGraphTranslationErrorsTest {

    private final StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);

    private static <T> void discard(DataStream<T> stream) {
        stream.sinkTo(new DiscardingSink<>()).name("Discard");
    }

    private StreamGraph graph() {
        return env.getStreamGraph("errors test");
    }

    private static void assertContains(String message, String... parts) {
        for (String part : parts) {
            assertTrue("'" + part + "' in: " + message, message.contains(part));
        }
    }

    @Test
    public void refusesAForwardEdgeBetweenDifferentParallelismsNamingBothOperators() {
        discard(env.fromSequence(1, 10).forward().map(n -> n).name("Narrow").setParallelism(1));
        StreamGraph graph = graph();

        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> JobGraphGenerator.translate(graph, JobID.generate()));

        assertContains(e.getMessage(), "'Source: Sequence Source' has parallelism 2", "'Narrow' has 1", "rebalance()");
    }

    @Test
    public void refusesToSendALambdasErasedTupleThroughKeyByAndSaysToDeclareItWithReturns() {
        discard(env.fromSequence(1, 10).map(n -> Tuple2.of(n, 1)).name("Pair").keyBy(t -> t.f1).reduce((a, b) -> a).name("First"));
        StreamGraph graph = graph();

        InvalidTypesException e = assertThrows(InvalidTypesException.class, () -> JobGraphGenerator.translate(graph, JobID.generate()));

        assertContains(e.getMessage(), "Pair", "returns");
    }

    @Test
    public void translatesTheSameJobOnceTheTypeIsDeclaredWithReturns() {
        discard(env.fromSequence(1, 10).map(n -> Tuple2.of(n, 1)).returns(Types.TUPLE(Types.LONG, Types.INT)).name("Pair")
                .keyBy(t -> t.f1).reduce((a, b) -> a).name("First"));

        JobGraph graph = JobGraphGenerator.translate(graph(), JobID.generate());

        assertEquals(2, graph.vertices().size());
    }

    @Test
    public void acceptsAnErasedTypeThatNeverLeavesItsChain() {
        discard(env.fromSequence(1, 10).map(n -> Tuple2.of(n, 1)).name("Pair").map(t -> t.f0).name("Unpair"));

        JobGraph graph = JobGraphGenerator.translate(graph(), JobID.generate());

        assertEquals(1, graph.vertices().size());
    }

    @Test
    public void refusesAnErasedTypeOnARebalancedEdgeNamingProducerAndConsumer() {
        discard(env.fromSequence(1, 10).map(n -> Tuple2.of(n, 1)).name("Pair").rebalance().map(t -> t.f0).name("Unpair"));
        StreamGraph graph = graph();

        InvalidTypesException e = assertThrows(InvalidTypesException.class, () -> JobGraphGenerator.translate(graph, JobID.generate()));

        assertContains(e.getMessage(), "Pair", "Unpair", "returns");
    }
}
