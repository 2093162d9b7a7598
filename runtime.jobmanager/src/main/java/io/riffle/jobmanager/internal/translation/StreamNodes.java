package io.riffle.jobmanager.internal.translation;

import io.riffle.api.dag.Transformation;
import io.riffle.runtime.state.KeyGroupRangeAssignment;
import io.riffle.streaming.api.graph.StreamGraph;
import io.riffle.streaming.api.transformations.OneInputTransformation;
import io.riffle.streaming.api.transformations.PartitionTransformation;
import io.riffle.streaming.api.transformations.Partitioning;
import io.riffle.streaming.api.transformations.PhysicalTransformation;
import io.riffle.streaming.api.transformations.SideOutputTransformation;
import io.riffle.streaming.api.transformations.UnionTransformation;
import io.riffle.util.OutputTag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a job's transformations into operators and edges: virtual transformations (partitioning,
 * union, side outputs) disappear into the edges, and every setting a transformation left open is
 * resolved against the job's defaults.
 */
final class StreamNodes {

    static final String DEFAULT_SLOT_SHARING_GROUP = "default";

    private final StreamGraph graph;
    private final Map<Integer, StreamNode> nodes = new LinkedHashMap<>();

    private StreamNodes(StreamGraph graph) {
        this.graph = graph;
    }

    /** The operators in creation order, which is a topological order. */
    static List<StreamNode> of(StreamGraph graph) {
        StreamNodes builder = new StreamNodes(graph);
        for (Transformation<?> transformation : graph.transformations()) {
            if (transformation instanceof PhysicalTransformation<?> physical) {
                builder.add(physical);
            }
        }
        return new ArrayList<>(builder.nodes.values());
    }

    private StreamNode add(PhysicalTransformation<?> transformation) {
        StreamNode existing = nodes.get(transformation.getId());
        if (existing != null) {
            return existing;
        }
        List<Upstream> upstreams = new ArrayList<>();
        for (Transformation<?> input : transformation.getInputs()) {
            resolve(input, null, null, upstreams);
        }
        int parallelism = transformation.getParallelism() == Transformation.DEFAULT_PARALLELISM
                ? graph.defaultParallelism() : transformation.getParallelism();
        int maxParallelism = transformation.getMaxParallelism() > 0 ? transformation.getMaxParallelism() : graph.maxParallelism();
        if (parallelism > maxParallelism) {
            if (transformation.getMaxParallelism() > 0 || hasKeySelector(transformation)) {
                KeyGroupRangeAssignment.checkParallelism(maxParallelism, parallelism);
            }
            maxParallelism = parallelism;
        }
        long bufferTimeout = transformation.getBufferTimeout() >= 0 ? transformation.getBufferTimeout() : graph.bufferTimeoutMillis();
        StreamNode node = new StreamNode(transformation.getId(), transformation.getName(), transformation.getOperator(),
                transformation.getOutputType(), parallelism, maxParallelism, slotSharingGroup(transformation, upstreams),
                transformation.getChainingStrategy(), keySelector(transformation), bufferTimeout);
        for (Upstream upstream : upstreams) {
            StreamEdge edge = new StreamEdge(upstream.node, node, edgePartitioning(upstream, node), upstream.tag);
            upstream.node.outputs.add(edge);
            node.inputs.add(edge);
        }
        nodes.put(node.id, node);
        return node;
    }

    /** An upstream operator as seen through virtual transformations. */
    private record Upstream(StreamNode node, Partitioning partitioning, OutputTag<?> tag) {}

    /**
     * Collects the operators {@code transformation} stands for. The partitioning closest to the
     * consumer wins, as in Flink: {@code rebalance().shuffle()} shuffles.
     */
    private void resolve(Transformation<?> transformation, Partitioning partitioning, OutputTag<?> tag, List<Upstream> out) {
        if (transformation instanceof PhysicalTransformation<?> physical) {
            out.add(new Upstream(add(physical), partitioning, tag));
        } else if (transformation instanceof PartitionTransformation<?> partition) {
            resolve(partition.getInput(), partitioning != null ? partitioning : partition.getPartitioning(), tag, out);
        } else if (transformation instanceof UnionTransformation<?> union) {
            for (Transformation<?> input : union.getInputs()) {
                resolve(input, partitioning, tag, out);
            }
        } else if (transformation instanceof SideOutputTransformation<?> side) {
            resolve(side.getInput(), partitioning, side.getOutputTag(), out);
        } else {
            throw new IllegalArgumentException("unknown transformation " + transformation);
        }
    }

    private static Partitioning edgePartitioning(Upstream upstream, StreamNode target) {
        Partitioning partitioning = upstream.partitioning;
        if (partitioning == null) {
            return Partitioning.of(upstream.node.parallelism == target.parallelism
                    ? Partitioning.Kind.FORWARD : Partitioning.Kind.REBALANCE);
        }
        if (partitioning.kind() == Partitioning.Kind.FORWARD && upstream.node.parallelism != target.parallelism) {
            throw new UnsupportedOperationException("Forward partitioning does not allow a change of parallelism: upstream '"
                    + upstream.node.displayName() + "' has parallelism " + upstream.node.parallelism + ", downstream '"
                    + target.displayName() + "' has " + target.parallelism + ". Use another partitioning, e.g. rebalance().");
        }
        return partitioning;
    }

    /** Set explicitly, or inherited when all inputs agree, else the default group. */
    private static String slotSharingGroup(Transformation<?> transformation, List<Upstream> upstreams) {
        if (transformation.getSlotSharingGroup() != null) {
            return transformation.getSlotSharingGroup();
        }
        String inherited = null;
        for (Upstream upstream : upstreams) {
            if (inherited == null) {
                inherited = upstream.node.slotSharingGroup;
            } else if (!inherited.equals(upstream.node.slotSharingGroup)) {
                return DEFAULT_SLOT_SHARING_GROUP;
            }
        }
        return inherited == null ? DEFAULT_SLOT_SHARING_GROUP : inherited;
    }

    private static boolean hasKeySelector(Transformation<?> transformation) {
        return keySelector(transformation) != null;
    }

    private static io.riffle.api.java.functions.KeySelector<?, ?> keySelector(Transformation<?> transformation) {
        return transformation instanceof OneInputTransformation<?, ?> oneInput ? oneInput.getStateKeySelector() : null;
    }
}
