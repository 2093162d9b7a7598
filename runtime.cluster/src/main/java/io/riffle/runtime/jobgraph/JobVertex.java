package io.riffle.runtime.jobgraph;

import java.util.List;
import java.util.Objects;

/**
 * One chain of operators, run as {@code parallelism} parallel subtasks.
 *
 * @param name the chain's operator names joined by {@code " -> "}
 * @param slotSharingGroup subtasks of vertices in one group may share a slot
 * @param inputs the edges this vertex reads, by input gate index
 * @param outputs the edges this vertex writes, in the order of its network outputs
 * @param operatorChain the Java-serialized {@link TaskChain}; readable only with the job's class loader
 * @param sourceOperatorIds ids of the source operators in the chain, whose split enumerators the JobMaster runs
 */
public record JobVertex(JobVertexId id, String name, int parallelism, int maxParallelism, String slotSharingGroup,
        List<JobEdge> inputs, List<JobEdge> outputs, SerializedValue<TaskChain> operatorChain, List<Integer> sourceOperatorIds) {

    public JobVertex {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slotSharingGroup, "slotSharingGroup");
        Objects.requireNonNull(operatorChain, "operatorChain");
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        sourceOperatorIds = List.copyOf(sourceOperatorIds);
        if (parallelism < 1 || parallelism > maxParallelism) {
            throw new IllegalArgumentException("vertex " + name + ": parallelism " + parallelism + " must be in 1..max parallelism "
                    + maxParallelism);
        }
    }

    public boolean isInputVertex() {
        return inputs.isEmpty();
    }
}
