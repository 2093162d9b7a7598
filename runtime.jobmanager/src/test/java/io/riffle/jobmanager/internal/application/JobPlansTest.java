package io.riffle.jobmanager.internal.application;

import static org.junit.Assert.assertEquals;

import io.riffle.api.common.JobID;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.jobmanager.internal.translation.JobGraphGenerator;
import io.riffle.runtime.application.JobPlan;
import io.riffle.runtime.jobgraph.JobGraph;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.v2.DiscardingSink;
import java.util.List;
import org.junit.Test;

/** The plan of a job graph: one node per chain, and each edge's ship strategy read from the producing chain. */
public class JobPlansTest {

    @Test
    public void nodesAreChainsAndEdgesNameTheirPartitioning() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
        env.fromSequence(1, 10).name("Numbers").setParallelism(1)
                .map(n -> n % 3).returns(Types.LONG).name("Mod").setParallelism(1)
                .keyBy(n -> n).map(n -> n * 2).returns(Types.LONG).name("Double")
                .rebalance().sinkTo(new DiscardingSink<>()).name("Discard");
        JobGraph graph = JobGraphGenerator.translate(env.getStreamGraph("plan test"), JobID.generate());

        JobPlan plan = JobPlans.describe(graph, getClass().getClassLoader(), List.of());

        assertEquals(graph.jobId().toString(), plan.jobId());
        assertEquals("plan test", plan.name());
        assertEquals(3, plan.nodes().size());
        JobPlan.Node source = plan.nodes().get(0);
        JobPlan.Node keyed = plan.nodes().get(1);
        JobPlan.Node sink = plan.nodes().get(2);
        assertEquals(1, source.parallelism());
        assertEquals(List.of(), source.inputs());
        assertEquals(2, keyed.parallelism());
        assertEquals(List.of(new JobPlan.Input(0, source.id(), "HASH", "pipelined_bounded")), keyed.inputs());
        assertEquals(List.of(new JobPlan.Input(0, keyed.id(), "REBALANCE", "pipelined_bounded")), sink.inputs());
        assertEquals(graph.vertices().get(1).name(), keyed.operator());
    }
}
