package io.riffle.runtime.deployment;

import io.riffle.api.common.JobID;
import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.cluster.AllocationId;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.jobgraph.JobVertexId;
import io.riffle.runtime.jobgraph.SerializedValue;
import io.riffle.runtime.jobgraph.TaskChain;
import io.riffle.runtime.state.KeyGroupRange;
import java.util.List;
import java.util.Objects;

/**
 * Everything a TaskExecutor needs to run one subtask.
 *
 * @param inputGate null for a subtask without network input (a chain headed by a source)
 * @param producedPartitions one per network output of the chain, in output order
 * @param jobBundle the job bundle the TaskManager installs to load the chain's user code, or null
 *     when the job's class loader is already registered in its JVM (local and embedded clusters)
 */
public record TaskDeploymentDescriptor(JobID jobId, String jobName, JobVertexId vertexId, ExecutionAttemptId executionId,
        AllocationId allocationId, String taskName, int subtaskIndex, int parallelism, int attemptNumber,
        KeyGroupRange keyGroupRange, SerializedValue<TaskChain> operatorChain,
        List<ResultPartitionDeploymentDescriptor> producedPartitions, InputGateDeploymentDescriptor inputGate, BlobKey jobBundle) {

    public TaskDeploymentDescriptor {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(vertexId, "vertexId");
        Objects.requireNonNull(executionId, "executionId");
        Objects.requireNonNull(allocationId, "allocationId");
        Objects.requireNonNull(operatorChain, "operatorChain");
        Objects.requireNonNull(keyGroupRange, "keyGroupRange");
        producedPartitions = List.copyOf(producedPartitions);
    }

    /** {@code "Map -> Sink (2/4)#0"}, the way Flink names subtasks in logs. */
    public String taskNameWithSubtask() {
        return taskName + " (" + (subtaskIndex + 1) + "/" + parallelism + ")#" + attemptNumber;
    }
}
