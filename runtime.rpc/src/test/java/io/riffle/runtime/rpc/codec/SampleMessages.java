package io.riffle.runtime.rpc.codec;

import io.riffle.api.common.JobID;
import io.riffle.api.common.JobStatus;
import io.riffle.api.common.accumulators.DoubleCounter;
import io.riffle.api.common.accumulators.LongCounter;
import io.riffle.core.memory.DataInputDeserializer;
import io.riffle.core.memory.DataOutputSerializer;
import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.cluster.AllocationId;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.runtime.deployment.InputChannelDeploymentDescriptor;
import io.riffle.runtime.deployment.InputGateDeploymentDescriptor;
import io.riffle.runtime.deployment.ResultPartitionDeploymentDescriptor;
import io.riffle.runtime.deployment.TaskDeploymentDescriptor;
import io.riffle.runtime.dispatcher.JobResult;
import io.riffle.runtime.dispatcher.JobStatusMessage;
import io.riffle.runtime.jobgraph.IntermediateDataSetId;
import io.riffle.runtime.jobgraph.JobVertexId;
import io.riffle.runtime.jobgraph.SerializedValue;
import io.riffle.runtime.resourcemanager.TaskExecutorRegistration;
import io.riffle.runtime.state.KeyGroupRange;
import io.riffle.runtime.taskexecutor.ExecutionState;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import io.riffle.runtime.taskexecutor.SlotOffer;
import io.riffle.runtime.taskexecutor.TaskExecutionState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Realistic messages of every cluster message type, with every optional field both set and null. */
final class SampleMessages {

    static final JobID JOB = new JobID(0x3f2a17c94be1d0a8L, 0x8e4f0b6d21c7a953L);
    static final ResourceId TASK_MANAGER_1 = new ResourceId("taskmanager-1");
    static final ResourceId TASK_MANAGER_2 = new ResourceId("täskmanager-2 @ 東京");
    static final ExecutionAttemptId SOURCE_ATTEMPT = new ExecutionAttemptId(new UUID(0x0123456789abcdefL, 0xfedcba9876543210L));
    static final ExecutionAttemptId MAP_ATTEMPT = new ExecutionAttemptId(new UUID(-1L, Long.MIN_VALUE));
    static final AllocationId ALLOCATION = new AllocationId(new UUID(42L, 4242L));
    static final JobVertexId MAP_VERTEX = new JobVertexId(new UUID(7L, 8L));
    static final IntermediateDataSetId SOURCE_TO_MAP = new IntermediateDataSetId(new UUID(9L, 10L));
    static final IntermediateDataSetId MAP_TO_SINK = new IntermediateDataSetId(new UUID(11L, 12L));

    private SampleMessages() {}

    /** Samples by message class; every codec of {@link ClusterMessageCodecs} has at least one. */
    static List<Object> all() {
        List<Object> all = new ArrayList<>();
        all.add(JOB);
        all.add(new JobID(0L, 0L));
        all.addAll(List.of(JobStatus.values()));
        all.addAll(List.of(ExecutionState.values()));
        all.add(SOURCE_ATTEMPT);
        all.add(ALLOCATION);
        all.add(TASK_MANAGER_1);
        all.add(TASK_MANAGER_2);
        all.add(new SlotId(TASK_MANAGER_2, 3));
        all.add(new TaskManagerLocation(TASK_MANAGER_1, "riffle-tm-1.example", 40_001));
        all.add(TaskManagerLocation.inJvm(TASK_MANAGER_2));
        all.add(BlobKey.of(new byte[32], 0));
        all.add(MAP_VERTEX);
        all.add(SOURCE_TO_MAP);
        all.add(sourceToMapPartition(2));
        all.add(new KeyGroupRange(0, 127));
        all.add(new KeyGroupRange(64, 63));
        all.add(failure());
        all.add(mapTask());
        all.add(sourceTask());
        all.add(new ResultPartitionDeploymentDescriptor(sourceToMapPartition(1), 4));
        all.add(inputGate());
        all.add(inputGate().channels().get(0));
        all.add(new OperatorEvent.RequestSplit());
        all.add(new OperatorEvent.AddSplits(3, List.of(new byte[] {1, 2, 3}, new byte[0], "hdfs://logs/part-0007".getBytes())));
        all.add(new OperatorEvent.AddSplits(1, List.of()));
        all.add(new OperatorEvent.NoMoreSplits());
        all.add(failedTaskState());
        all.add(encode(new TaskExecutionState(JOB, MAP_ATTEMPT, ExecutionState.FINISHED, null,
                Map.of("records-in", new LongCounter(1_000_000L), "latency", new DoubleCounter(3.5)))));
        all.add(encode(TaskExecutionState.of(JOB, SOURCE_ATTEMPT, ExecutionState.RUNNING)));
        all.add(new SlotOffer(ALLOCATION, 1));
        all.add(new TaskExecutorRegistration(TASK_MANAGER_1, 4, 128L << 20));
        all.add(new JobStatusMessage(JOB, "WordCount", JobStatus.RUNNING, 1_700_000_000_000L));
        all.add(new JobStatusMessage(JOB, null, JobStatus.CREATED, 0L));
        all.add(failedJobResult());
        all.add(encode(new JobResult(JOB, null, JobStatus.FINISHED, 12_345L, null, Map.of("lines", 3L, "words", new ArrayList<>(List.of("a", "b"))))));
        return all;
    }

    static ResultPartitionId sourceToMapPartition(int index) {
        return new ResultPartitionId(SOURCE_TO_MAP, index, SOURCE_ATTEMPT);
    }

    static InputGateDeploymentDescriptor inputGate() {
        return new InputGateDeploymentDescriptor(List.of(
                new InputChannelDeploymentDescriptor(sourceToMapPartition(0), 1, new TaskManagerLocation(TASK_MANAGER_1, "10.0.0.7", 6121)),
                new InputChannelDeploymentDescriptor(sourceToMapPartition(1), 1, TaskManagerLocation.inJvm(TASK_MANAGER_2))));
    }

    /** A map subtask: reads a gate, writes one partition, has names. */
    static TaskDeploymentDescriptor mapTask() {
        return new TaskDeploymentDescriptor(JOB, "WordCount", MAP_VERTEX, MAP_ATTEMPT, ALLOCATION, "Map -> Sink", 1, 4, 2,
                new KeyGroupRange(32, 63), operatorChain(), List.of(new ResultPartitionDeploymentDescriptor(
                        new ResultPartitionId(MAP_TO_SINK, 1, MAP_ATTEMPT), 4)), inputGate(),
                new BlobKey("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", 12_345));
    }

    /** A source subtask: no input gate, no outputs, no names. */
    static TaskDeploymentDescriptor sourceTask() {
        return new TaskDeploymentDescriptor(JOB, null, MAP_VERTEX, SOURCE_ATTEMPT, ALLOCATION, null, 0, 1, 0, new KeyGroupRange(0, -1),
                operatorChain(), List.of(), null, null);
    }

    static EncodedTaskExecutionState failedTaskState() {
        return encode(new TaskExecutionState(JOB, MAP_ATTEMPT, ExecutionState.FAILED, failure(), Map.of("records-in", new LongCounter(17))));
    }

    static EncodedJobResult failedJobResult() {
        return encode(new JobResult(JOB, "WordCount", JobStatus.FAILED, 98_765L, failure(), Map.of("records-in", 17L)));
    }

    /** A user function's exception with a cause, thrown for real so that it has a stack. */
    static Exception failure() {
        try {
            try {
                Integer.parseInt("x17");
                throw new AssertionError("unreachable");
            } catch (NumberFormatException e) {
                throw new IllegalStateException("cannot parse record 'x17' in Map (2/4)", e);
            }
        } catch (IllegalStateException e) {
            return e;
        }
    }

    static byte[] encode(MessageCodec<Object> codec, Object message) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        codec.encode(message, out);
        return out.getCopyOfBuffer();
    }

    static Object decode(MessageCodec<?> codec, byte[] bytes) throws IOException {
        return codec.decode(new DataInputDeserializer(bytes));
    }

    private static SerializedValue<io.riffle.runtime.jobgraph.TaskChain> operatorChain() {
        try {
            return SerializedValue.fromBytes(SerializedValue.of("stands in for a Java-serialized TaskChain").toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EncodedTaskExecutionState encode(TaskExecutionState state) {
        try {
            return EncodedTaskExecutionState.of(state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EncodedJobResult encode(JobResult result) {
        try {
            return EncodedJobResult.of(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
