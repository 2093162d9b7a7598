package io.riffle.jobmanager.internal.application;

import io.riffle.runtime.application.JobPlan;
import io.riffle.runtime.jobgraph.ChainedOperator;
import io.riffle.runtime.jobgraph.IntermediateDataSetId;
import io.riffle.runtime.jobgraph.JobEdge;
import io.riffle.runtime.jobgraph.JobGraph;
import io.riffle.runtime.jobgraph.JobVertex;
import io.riffle.runtime.jobgraph.OperatorOutput;
import io.riffle.runtime.jobgraph.TaskChain;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Describes a job graph as Flink's plan. The partitioning of an edge lives only in the producing
 * chain's operators, which are serialized user code, so they are read with the job's class loader.
 */
final class JobPlans {

    /** Riffle's one exchange mode: pipelined through bounded network buffers. */
    static final String EXCHANGE = "pipelined_bounded";

    private JobPlans() {
    }

    static JobPlan describe(JobGraph graph, ClassLoader userCodeClassLoader, List<ClassLoader> frameworkLoaders)
            throws IOException, ClassNotFoundException {
        Map<IntermediateDataSetId, String> strategies = new HashMap<>();
        for (JobVertex vertex : graph.vertices()) {
            TaskChain chain = vertex.operatorChain().deserialize(userCodeClassLoader, frameworkLoaders);
            for (ChainedOperator operator : chain.operators()) {
                for (OperatorOutput output : operator.outputs()) {
                    if (output instanceof OperatorOutput.Network network) {
                        strategies.put(vertex.outputs().get(network.outputIndex()).dataSetId(), network.partitioning().kind().name());
                    }
                }
            }
        }
        List<JobPlan.Node> nodes = new ArrayList<>();
        for (JobVertex vertex : graph.vertices()) {
            List<JobPlan.Input> inputs = new ArrayList<>();
            for (JobEdge edge : vertex.inputs()) {
                inputs.add(new JobPlan.Input(inputs.size(), edge.source().toString(),
                        strategies.getOrDefault(edge.dataSetId(), edge.pattern().name()), EXCHANGE));
            }
            nodes.add(new JobPlan.Node(vertex.id().toString(), vertex.parallelism(), vertex.name(), vertex.name(), inputs));
        }
        return new JobPlan(graph.jobId().toString(), graph.name(), nodes);
    }
}
