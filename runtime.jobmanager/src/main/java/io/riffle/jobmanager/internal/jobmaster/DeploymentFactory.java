package io.riffle.jobmanager.internal.jobmaster;

import io.riffle.runtime.deployment.InputChannelDeploymentDescriptor;
import io.riffle.runtime.deployment.InputGateDeploymentDescriptor;
import io.riffle.runtime.deployment.ResultPartitionDeploymentDescriptor;
import io.riffle.runtime.deployment.TaskDeploymentDescriptor;
import io.riffle.runtime.jobgraph.JobEdge;
import io.riffle.runtime.jobgraph.JobVertex;
import io.riffle.runtime.state.KeyGroupRangeAssignment;
import java.util.ArrayList;
import java.util.List;

/** Builds the deployment descriptor of a subtask whose slot, and whose producers' slots, are known. */
final class DeploymentFactory {

    private DeploymentFactory() {}

    static TaskDeploymentDescriptor create(ExecutionGraph graph, ExecutionVertex subtask) {
        JobVertex vertex = subtask.jobVertex;
        List<ResultPartitionDeploymentDescriptor> produced = new ArrayList<>();
        for (JobEdge edge : vertex.outputs()) {
            int consumers = graph.jobGraph().vertex(edge.target()).parallelism();
            produced.add(new ResultPartitionDeploymentDescriptor(ExecutionGraph.partitionId(edge, subtask),
                    ChannelAssignment.numberOfSubpartitions(edge.pattern(), subtask.subtaskIndex, vertex.parallelism(), consumers)));
        }
        List<InputChannelDeploymentDescriptor> channels = new ArrayList<>();
        for (JobEdge edge : vertex.inputs()) {
            ExecutionVertex[] producers = graph.subtasks(edge.source());
            for (ChannelAssignment.Channel channel : ChannelAssignment.channelsOf(edge.pattern(), subtask.subtaskIndex,
                    producers.length, vertex.parallelism())) {
                ExecutionVertex producer = producers[channel.producer()];
                channels.add(new InputChannelDeploymentDescriptor(ExecutionGraph.partitionId(edge, producer), channel.subpartition(),
                        producer.slot.taskManager()));
            }
        }
        return new TaskDeploymentDescriptor(graph.jobGraph().jobId(), graph.jobGraph().name(), vertex.id(), subtask.attemptId,
                subtask.slot.allocationId(), vertex.name(), subtask.subtaskIndex, vertex.parallelism(), subtask.attemptNumber,
                KeyGroupRangeAssignment.computeKeyGroupRangeForOperatorIndex(vertex.maxParallelism(), vertex.parallelism(),
                        subtask.subtaskIndex),
                vertex.operatorChain(), produced, channels.isEmpty() ? null : new InputGateDeploymentDescriptor(channels),
                graph.jobGraph().jobBundle());
    }
}
