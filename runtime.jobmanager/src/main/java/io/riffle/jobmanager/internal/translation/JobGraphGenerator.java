package io.riffle.jobmanager.internal.translation;

import io.riffle.api.common.JobID;
import io.riffle.api.common.functions.InvalidTypesException;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.runtime.jobgraph.ChainedOperator;
import io.riffle.runtime.jobgraph.DistributionPattern;
import io.riffle.runtime.jobgraph.IntermediateDataSetId;
import io.riffle.runtime.jobgraph.JobEdge;
import io.riffle.runtime.jobgraph.JobGraph;
import io.riffle.runtime.jobgraph.JobVertex;
import io.riffle.runtime.jobgraph.JobVertexId;
import io.riffle.runtime.jobgraph.OperatorOutput;
import io.riffle.runtime.jobgraph.SerializedValue;
import io.riffle.runtime.jobgraph.TaskChain;
import io.riffle.streaming.api.graph.StreamGraph;
import io.riffle.streaming.api.operators.OperatorSpec;
import io.riffle.streaming.api.operators.SourceSpec;
import io.riffle.streaming.api.operators.TimestampsAndWatermarksSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Translates a stream graph into a job graph: operators are chained into vertices by
 * {@link ChainingRules}, and every edge between chains becomes a data set with its partitioning
 * and serializer. Type problems (a lambda whose output type Java erased) surface here, at
 * submission, for exactly the edges that need a serializer.
 */
public final class JobGraphGenerator {

    private final StreamGraph graph;
    private final List<StreamNode> nodes;
    /** Node id to the head of its chain. */
    private final Map<Integer, StreamNode> headOf = new HashMap<>();
    private final Map<StreamNode, List<StreamNode>> chains = new LinkedHashMap<>();
    private final Map<StreamNode, JobVertexId> vertexIds = new HashMap<>();

    private JobGraphGenerator(StreamGraph graph) {
        this.graph = graph;
        this.nodes = StreamNodes.of(graph);
    }

    public static JobGraph translate(StreamGraph graph, JobID jobId) {
        return new JobGraphGenerator(graph).generate(jobId);
    }

    private JobGraph generate(JobID jobId) {
        for (StreamNode node : nodes) {
            StreamNode head = node.inputs.size() == 1 && ChainingRules.isChainable(node.inputs.get(0), graph.chainingEnabled())
                    ? headOf.get(node.inputs.get(0).source().id) : node;
            headOf.put(node.id, head);
            chains.computeIfAbsent(head, h -> new ArrayList<>()).add(node);
            vertexIds.computeIfAbsent(head, h -> JobVertexId.generate());
        }
        Map<StreamNode, List<JobEdge>> vertexInputs = new HashMap<>();
        Map<StreamNode, List<JobEdge>> vertexOutputs = new HashMap<>();
        Map<StreamEdge, Integer> networkOutputIndex = new HashMap<>();
        for (StreamNode node : nodes) {
            for (StreamEdge edge : node.outputs) {
                StreamNode sourceHead = headOf.get(node.id);
                StreamNode targetHead = headOf.get(edge.target().id);
                if (sourceHead == targetHead) {
                    continue;
                }
                JobEdge jobEdge = new JobEdge(IntermediateDataSetId.generate(), vertexIds.get(sourceHead), vertexIds.get(targetHead),
                        edge.partitioning().kind().isAllToAll() ? DistributionPattern.ALL_TO_ALL : DistributionPattern.POINTWISE, 0);
                List<JobEdge> outputs = vertexOutputs.computeIfAbsent(sourceHead, h -> new ArrayList<>());
                networkOutputIndex.put(edge, outputs.size());
                outputs.add(jobEdge);
                vertexInputs.computeIfAbsent(targetHead, h -> new ArrayList<>()).add(jobEdge);
            }
        }
        List<JobVertex> vertices = new ArrayList<>();
        for (Map.Entry<StreamNode, List<StreamNode>> chain : chains.entrySet()) {
            StreamNode head = chain.getKey();
            List<StreamNode> members = chain.getValue();
            TaskChain taskChain = new TaskChain(chainedOperators(members, networkOutputIndex), inputSerializer(head),
                    chainMaxParallelism(head));
            vertices.add(new JobVertex(vertexIds.get(head), members.stream().map(StreamNode::displayName).collect(Collectors.joining(" -> ")),
                    head.parallelism, taskChain.maxParallelism(), head.slotSharingGroup,
                    vertexInputs.getOrDefault(head, List.of()), vertexOutputs.getOrDefault(head, List.of()),
                    serialize(taskChain, head), members.stream().filter(StreamNode::isSource).map(n -> n.id).toList()));
        }
        return new JobGraph(jobId, graph.jobName(), vertices);
    }

    private List<ChainedOperator> chainedOperators(List<StreamNode> members, Map<StreamEdge, Integer> networkOutputIndex) {
        Map<StreamNode, Integer> indexInChain = new HashMap<>();
        for (StreamNode member : members) {
            indexInChain.put(member, indexInChain.size());
        }
        List<ChainedOperator> operators = new ArrayList<>();
        for (StreamNode member : members) {
            List<OperatorOutput> outputs = new ArrayList<>();
            for (StreamEdge edge : member.outputs) {
                Integer chained = indexInChain.get(edge.target());
                if (chained != null) {
                    outputs.add(new OperatorOutput.Chained(chained, edge.tag()));
                } else {
                    outputs.add(new OperatorOutput.Network(networkOutputIndex.get(edge), edge.partitioning(),
                            serializerOf(edgeType(edge), member, edge), edge.tag(), chainMaxParallelism(headOf.get(edge.target().id)),
                            member.bufferTimeoutMillis));
                }
            }
            operators.add(new ChainedOperator(member.id, member.displayName(), withJobSettings(member.operator), member.stateKeySelector,
                    outputs));
        }
        return operators;
    }

    /** An operator with the job-wide settings it runs by, as they are when the job is submitted. */
    private OperatorSpec withJobSettings(OperatorSpec operator) {
        if (operator instanceof TimestampsAndWatermarksSpec watermarks) {
            return watermarks.withAutoWatermarkInterval(graph.executionConfig().getAutoWatermarkInterval());
        }
        if (operator instanceof SourceSpec source) {
            return source.withAutoWatermarkInterval(graph.executionConfig().getAutoWatermarkInterval());
        }
        return operator;
    }

    /** The element type on an edge: the side output's type, or the operator's output type. */
    private static TypeInformation<?> edgeType(StreamEdge edge) {
        return edge.tag() != null ? edge.tag().getTypeInfo() : edge.source().outputType;
    }

    /** The key groups of a vertex: the most any of its operators asks for. */
    private int chainMaxParallelism(StreamNode head) {
        return chains.get(head).stream().mapToInt(n -> n.maxParallelism).max().orElseThrow();
    }

    private TypeSerializer<?> inputSerializer(StreamNode head) {
        if (head.inputs.isEmpty()) {
            return null;
        }
        StreamEdge first = head.inputs.get(0);
        return serializerOf(edgeType(first), first.source(), first);
    }

    private TypeSerializer<?> serializerOf(TypeInformation<?> type, StreamNode producer, StreamEdge edge) {
        if (type == null) {
            throw new InvalidTypesException("the output type of '" + producer.displayName() + "' is unknown, but its records go to '"
                    + edge.target().displayName() + "' over the network; declare it with .returns(...)");
        }
        try {
            return type.createSerializer(graph.executionConfig().getSerializerConfig());
        } catch (InvalidTypesException e) {
            throw new InvalidTypesException("cannot send the output of '" + producer.displayName() + "' to '"
                    + edge.target().displayName() + "': " + e.getMessage(), e);
        }
    }

    private static SerializedValue<TaskChain> serialize(TaskChain chain, StreamNode head) {
        try {
            return SerializedValue.of(chain);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize the operators of the chain headed by '" + head.displayName() + "'", e);
        }
    }
}
