package io.riffle.runtime.rpc.codec;

import static io.riffle.runtime.rpc.codec.WireFormat.construct;
import static io.riffle.runtime.rpc.codec.WireFormat.readUuid;
import static io.riffle.runtime.rpc.codec.WireFormat.writeUuid;

import io.riffle.api.common.JobID;
import io.riffle.api.common.JobStatus;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.cluster.AllocationId;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.runtime.jobgraph.IntermediateDataSetId;
import io.riffle.runtime.jobgraph.JobVertexId;
import io.riffle.runtime.state.KeyGroupRange;
import io.riffle.runtime.taskexecutor.ExecutionState;
import java.io.IOException;
import java.util.List;

/**
 * Ids and small values every other message is made of. The static methods are the building blocks
 * of the bigger codecs; {@link #codecs()} lets each also travel on its own (a call argument or result).
 *
 * <pre>
 * JobID, ExecutionAttemptId, AllocationId, JobVertexId, IntermediateDataSetId: 2 longs (UUID bits)
 * JobStatus, ExecutionState: 1 byte ordinal
 * ResourceId: string                  SlotId: ResourceId, int slotNumber
 * ResultPartitionId: IntermediateDataSetId, int partitionIndex, ExecutionAttemptId producer
 * KeyGroupRange: int start, int end
 * TaskManagerLocation: ResourceId, string host, int dataPort (0: no data server)
 * BlobKey: string sha256 (64 hex digits), long size
 * </pre>
 */
final class IdCodecs {

    /** Bytes of the smallest encoded {@link ResultPartitionId}. */
    static final int RESULT_PARTITION_ID_BYTES = 16 + 4 + 16;
    /** Bytes of the smallest encoded {@link ResourceId} (one character). */
    static final int MIN_RESOURCE_ID_BYTES = 4 + 1;

    private IdCodecs() {}

    static List<MessageCodec<?>> codecs() {
        return List.of(
                WireCodec.of(MessageTypeIds.JOB_ID, JobID.class, WireFormat::writeJobId, WireFormat::readJobId),
                WireCodec.of(MessageTypeIds.JOB_STATUS, JobStatus.class, WireFormat::writeEnum, in -> WireFormat.readEnum(in, JobStatus.class)),
                WireCodec.of(MessageTypeIds.EXECUTION_STATE, ExecutionState.class, WireFormat::writeEnum,
                        in -> WireFormat.readEnum(in, ExecutionState.class)),
                WireCodec.of(MessageTypeIds.EXECUTION_ATTEMPT_ID, ExecutionAttemptId.class, IdCodecs::writeExecutionAttemptId,
                        IdCodecs::readExecutionAttemptId),
                WireCodec.of(MessageTypeIds.ALLOCATION_ID, AllocationId.class, IdCodecs::writeAllocationId, IdCodecs::readAllocationId),
                WireCodec.of(MessageTypeIds.RESOURCE_ID, ResourceId.class, IdCodecs::writeResourceId, IdCodecs::readResourceId),
                WireCodec.of(MessageTypeIds.SLOT_ID, SlotId.class, IdCodecs::writeSlotId, IdCodecs::readSlotId),
                WireCodec.of(MessageTypeIds.JOB_VERTEX_ID, JobVertexId.class, IdCodecs::writeJobVertexId, IdCodecs::readJobVertexId),
                WireCodec.of(MessageTypeIds.INTERMEDIATE_DATA_SET_ID, IntermediateDataSetId.class, IdCodecs::writeDataSetId,
                        IdCodecs::readDataSetId),
                WireCodec.of(MessageTypeIds.RESULT_PARTITION_ID, ResultPartitionId.class, IdCodecs::writeResultPartitionId,
                        IdCodecs::readResultPartitionId),
                WireCodec.of(MessageTypeIds.KEY_GROUP_RANGE, KeyGroupRange.class, IdCodecs::writeKeyGroupRange, IdCodecs::readKeyGroupRange),
                WireCodec.of(MessageTypeIds.TASK_MANAGER_LOCATION, TaskManagerLocation.class, IdCodecs::writeTaskManagerLocation,
                        IdCodecs::readTaskManagerLocation),
                WireCodec.of(MessageTypeIds.BLOB_KEY, BlobKey.class, IdCodecs::writeBlobKey, IdCodecs::readBlobKey));
    }

    static void writeExecutionAttemptId(ExecutionAttemptId id, DataOutputView out) throws IOException {
        writeUuid(id.value(), out);
    }

    static ExecutionAttemptId readExecutionAttemptId(DataInputView in) throws IOException {
        return new ExecutionAttemptId(readUuid(in));
    }

    static void writeAllocationId(AllocationId id, DataOutputView out) throws IOException {
        writeUuid(id.value(), out);
    }

    static AllocationId readAllocationId(DataInputView in) throws IOException {
        return new AllocationId(readUuid(in));
    }

    static void writeJobVertexId(JobVertexId id, DataOutputView out) throws IOException {
        writeUuid(id.value(), out);
    }

    static JobVertexId readJobVertexId(DataInputView in) throws IOException {
        return new JobVertexId(readUuid(in));
    }

    static void writeDataSetId(IntermediateDataSetId id, DataOutputView out) throws IOException {
        writeUuid(id.value(), out);
    }

    static IntermediateDataSetId readDataSetId(DataInputView in) throws IOException {
        return new IntermediateDataSetId(readUuid(in));
    }

    static void writeResourceId(ResourceId id, DataOutputView out) throws IOException {
        WireFormat.writeString(id.value(), out);
    }

    static ResourceId readResourceId(DataInputView in) throws IOException {
        String value = WireFormat.readString(in, "resource id");
        return construct("ResourceId", () -> new ResourceId(value));
    }

    static void writeTaskManagerLocation(TaskManagerLocation location, DataOutputView out) throws IOException {
        writeResourceId(location.resourceId(), out);
        WireFormat.writeString(location.host(), out);
        out.writeInt(location.dataPort());
    }

    static TaskManagerLocation readTaskManagerLocation(DataInputView in) throws IOException {
        ResourceId resourceId = readResourceId(in);
        String host = WireFormat.readString(in, "host");
        int dataPort = in.readInt();
        return construct("TaskManagerLocation", () -> new TaskManagerLocation(resourceId, host, dataPort));
    }

    static void writeBlobKey(BlobKey key, DataOutputView out) throws IOException {
        WireFormat.writeString(key.sha256(), out);
        out.writeLong(key.size());
    }

    static BlobKey readBlobKey(DataInputView in) throws IOException {
        String sha256 = WireFormat.readString(in, "blob key");
        long size = in.readLong();
        return construct("BlobKey", () -> new BlobKey(sha256, size));
    }

    static void writeSlotId(SlotId id, DataOutputView out) throws IOException {
        writeResourceId(id.resourceId(), out);
        out.writeInt(id.slotNumber());
    }

    static SlotId readSlotId(DataInputView in) throws IOException {
        ResourceId resourceId = readResourceId(in);
        int slotNumber = in.readInt();
        return construct("SlotId", () -> new SlotId(resourceId, slotNumber));
    }

    static void writeResultPartitionId(ResultPartitionId id, DataOutputView out) throws IOException {
        writeDataSetId(id.dataSetId(), out);
        out.writeInt(id.partitionIndex());
        writeExecutionAttemptId(id.producer(), out);
    }

    static ResultPartitionId readResultPartitionId(DataInputView in) throws IOException {
        IntermediateDataSetId dataSetId = readDataSetId(in);
        int partitionIndex = in.readInt();
        ExecutionAttemptId producer = readExecutionAttemptId(in);
        return construct("ResultPartitionId", () -> new ResultPartitionId(dataSetId, partitionIndex, producer));
    }

    static void writeKeyGroupRange(KeyGroupRange range, DataOutputView out) throws IOException {
        out.writeInt(range.startKeyGroup());
        out.writeInt(range.endKeyGroup());
    }

    static KeyGroupRange readKeyGroupRange(DataInputView in) throws IOException {
        int start = in.readInt();
        int end = in.readInt();
        return construct("KeyGroupRange", () -> new KeyGroupRange(start, end));
    }
}
