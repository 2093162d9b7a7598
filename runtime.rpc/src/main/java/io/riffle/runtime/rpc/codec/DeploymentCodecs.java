package io.riffle.runtime.rpc.codec;

import static io.riffle.runtime.rpc.codec.WireFormat.construct;

import io.riffle.api.common.JobID;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.cluster.AllocationId;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.runtime.deployment.InputChannelDeploymentDescriptor;
import io.riffle.runtime.deployment.InputGateDeploymentDescriptor;
import io.riffle.runtime.deployment.ResultPartitionDeploymentDescriptor;
import io.riffle.runtime.deployment.TaskDeploymentDescriptor;
import io.riffle.runtime.jobgraph.JobVertexId;
import io.riffle.runtime.jobgraph.SerializedValue;
import io.riffle.runtime.jobgraph.TaskChain;
import io.riffle.runtime.state.KeyGroupRange;
import java.io.IOException;
import java.util.List;

/**
 * What a JobMaster sends a TaskExecutor to run a subtask. The operator chain is user code and
 * travels as the opaque Java-serialized bytes of its {@link SerializedValue}; the TaskExecutor
 * deserializes it with the job bundle's class loader (DESIGN.md §3).
 *
 * <pre>
 * TaskDeploymentDescriptor: JobID, nullable string jobName, JobVertexId, ExecutionAttemptId, AllocationId,
 *     nullable string taskName, int subtaskIndex, int parallelism, int attemptNumber, KeyGroupRange,
 *     bytes operatorChain, list of ResultPartitionDeploymentDescriptor, nullable InputGateDeploymentDescriptor,
 *     nullable BlobKey jobBundle
 * ResultPartitionDeploymentDescriptor: ResultPartitionId, int numberOfSubpartitions
 * InputGateDeploymentDescriptor: list of InputChannelDeploymentDescriptor (at least one)
 * InputChannelDeploymentDescriptor: ResultPartitionId, int subpartitionIndex, TaskManagerLocation producerLocation
 * </pre>
 */
final class DeploymentCodecs {

    private static final int PARTITION_BYTES = IdCodecs.RESULT_PARTITION_ID_BYTES + 4;
    private static final int MIN_CHANNEL_BYTES = IdCodecs.RESULT_PARTITION_ID_BYTES + 4 + IdCodecs.MIN_RESOURCE_ID_BYTES + 4 + 4;

    private DeploymentCodecs() {}

    static List<MessageCodec<?>> codecs() {
        return List.of(
                WireCodec.of(MessageTypeIds.TASK_DEPLOYMENT_DESCRIPTOR, TaskDeploymentDescriptor.class, DeploymentCodecs::writeTask,
                        DeploymentCodecs::readTask),
                WireCodec.of(MessageTypeIds.RESULT_PARTITION_DEPLOYMENT_DESCRIPTOR, ResultPartitionDeploymentDescriptor.class,
                        DeploymentCodecs::writePartition, DeploymentCodecs::readPartition),
                WireCodec.of(MessageTypeIds.INPUT_GATE_DEPLOYMENT_DESCRIPTOR, InputGateDeploymentDescriptor.class,
                        DeploymentCodecs::writeGate, DeploymentCodecs::readGate),
                WireCodec.of(MessageTypeIds.INPUT_CHANNEL_DEPLOYMENT_DESCRIPTOR, InputChannelDeploymentDescriptor.class,
                        DeploymentCodecs::writeChannel, DeploymentCodecs::readChannel));
    }

    static void writeTask(TaskDeploymentDescriptor task, DataOutputView out) throws IOException {
        WireFormat.writeJobId(task.jobId(), out);
        WireFormat.writeNullableString(task.jobName(), out);
        IdCodecs.writeJobVertexId(task.vertexId(), out);
        IdCodecs.writeExecutionAttemptId(task.executionId(), out);
        IdCodecs.writeAllocationId(task.allocationId(), out);
        WireFormat.writeNullableString(task.taskName(), out);
        out.writeInt(task.subtaskIndex());
        out.writeInt(task.parallelism());
        out.writeInt(task.attemptNumber());
        IdCodecs.writeKeyGroupRange(task.keyGroupRange(), out);
        WireFormat.writeBytes(task.operatorChain().toBytes(), out);
        WireFormat.writeList(task.producedPartitions(), out, DeploymentCodecs::writePartition);
        WireFormat.writeNullable(task.inputGate(), out, DeploymentCodecs::writeGate);
        WireFormat.writeNullable(task.jobBundle(), out, IdCodecs::writeBlobKey);
    }

    static TaskDeploymentDescriptor readTask(DataInputView in) throws IOException {
        JobID jobId = WireFormat.readJobId(in);
        String jobName = WireFormat.readNullableString(in, "job name");
        JobVertexId vertexId = IdCodecs.readJobVertexId(in);
        ExecutionAttemptId executionId = IdCodecs.readExecutionAttemptId(in);
        AllocationId allocationId = IdCodecs.readAllocationId(in);
        String taskName = WireFormat.readNullableString(in, "task name");
        int subtaskIndex = in.readInt();
        int parallelism = in.readInt();
        int attemptNumber = in.readInt();
        KeyGroupRange keyGroupRange = IdCodecs.readKeyGroupRange(in);
        SerializedValue<TaskChain> operatorChain = SerializedValue.fromBytes(WireFormat.readBytes(in, "operator chain"));
        List<ResultPartitionDeploymentDescriptor> partitions =
                WireFormat.readList(in, "produced partitions", PARTITION_BYTES, DeploymentCodecs::readPartition);
        InputGateDeploymentDescriptor inputGate = WireFormat.readNullable(in, "input gate", DeploymentCodecs::readGate);
        BlobKey jobBundle = WireFormat.readNullable(in, "job bundle", IdCodecs::readBlobKey);
        return construct("TaskDeploymentDescriptor", () -> new TaskDeploymentDescriptor(jobId, jobName, vertexId, executionId,
                allocationId, taskName, subtaskIndex, parallelism, attemptNumber, keyGroupRange, operatorChain, partitions, inputGate, jobBundle));
    }

    static void writePartition(ResultPartitionDeploymentDescriptor partition, DataOutputView out) throws IOException {
        IdCodecs.writeResultPartitionId(partition.partitionId(), out);
        out.writeInt(partition.numberOfSubpartitions());
    }

    static ResultPartitionDeploymentDescriptor readPartition(DataInputView in) throws IOException {
        ResultPartitionId partitionId = IdCodecs.readResultPartitionId(in);
        int subpartitions = in.readInt();
        return construct("ResultPartitionDeploymentDescriptor", () -> new ResultPartitionDeploymentDescriptor(partitionId, subpartitions));
    }

    static void writeGate(InputGateDeploymentDescriptor gate, DataOutputView out) throws IOException {
        WireFormat.writeList(gate.channels(), out, DeploymentCodecs::writeChannel);
    }

    static InputGateDeploymentDescriptor readGate(DataInputView in) throws IOException {
        List<InputChannelDeploymentDescriptor> channels = WireFormat.readList(in, "channels", MIN_CHANNEL_BYTES, DeploymentCodecs::readChannel);
        return construct("InputGateDeploymentDescriptor", () -> new InputGateDeploymentDescriptor(channels));
    }

    static void writeChannel(InputChannelDeploymentDescriptor channel, DataOutputView out) throws IOException {
        IdCodecs.writeResultPartitionId(channel.partitionId(), out);
        out.writeInt(channel.subpartitionIndex());
        IdCodecs.writeTaskManagerLocation(channel.producerLocation(), out);
    }

    static InputChannelDeploymentDescriptor readChannel(DataInputView in) throws IOException {
        ResultPartitionId partitionId = IdCodecs.readResultPartitionId(in);
        int subpartitionIndex = in.readInt();
        TaskManagerLocation producerLocation = IdCodecs.readTaskManagerLocation(in);
        return construct("InputChannelDeploymentDescriptor",
                () -> new InputChannelDeploymentDescriptor(partitionId, subpartitionIndex, producerLocation));
    }
}
