package io.riffle.runtime.rpc.gateway;

import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import io.riffle.runtime.cluster.AllocationId;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.runtime.deployment.TaskDeploymentDescriptor;
import io.riffle.runtime.resourcemanager.TaskExecutorRegistration;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.rpc.codec.ClusterMessageCodecs;
import io.riffle.runtime.rpc.codec.EncodedTaskExecutionState;
import io.riffle.runtime.rpc.codec.MessageCodec;
import io.riffle.runtime.rpc.codec.MessageCodecRegistry;
import io.riffle.runtime.rpc.codec.WireFormat;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import io.riffle.runtime.taskexecutor.SlotOffer;
import java.io.IOException;
import java.util.UUID;

/**
 * The fields the gateway requests are made of. Cluster values are written by their own codecs from
 * {@link ClusterMessageCodecs} (without a type id: the field's type is known), so a value has one
 * encoding whether it travels alone or inside a request.
 *
 * <pre>
 * RpcAddress: string host, int port, string endpoint, nullable UUID fencingToken
 * OperatorEvent: unsigned short type id of its cluster codec, then that codec's encoding
 * </pre>
 */
final class GatewayFields {

    private static final MessageCodecRegistry CLUSTER = ClusterMessageCodecs.registry();

    static final MessageCodec<SlotId> SLOT_ID = cluster(SlotId.class);
    static final MessageCodec<AllocationId> ALLOCATION_ID = cluster(AllocationId.class);
    static final MessageCodec<ExecutionAttemptId> EXECUTION_ATTEMPT_ID = cluster(ExecutionAttemptId.class);
    static final MessageCodec<ResourceId> RESOURCE_ID = cluster(ResourceId.class);
    static final MessageCodec<TaskManagerLocation> TASK_MANAGER_LOCATION = cluster(TaskManagerLocation.class);
    static final MessageCodec<TaskDeploymentDescriptor> TASK_DEPLOYMENT = cluster(TaskDeploymentDescriptor.class);
    static final MessageCodec<EncodedTaskExecutionState> TASK_STATE = cluster(EncodedTaskExecutionState.class);
    static final MessageCodec<SlotOffer> SLOT_OFFER = cluster(SlotOffer.class);
    static final MessageCodec<TaskExecutorRegistration> REGISTRATION = cluster(TaskExecutorRegistration.class);
    /** Encodes any throwable, decodes a {@link io.riffle.runtime.rpc.codec.SerializedThrowable}. */
    static final MessageCodec<Throwable> THROWABLE = cluster(Throwable.class);

    /** Bytes of the smallest encoded {@link SlotOffer}: an allocation id and an int. */
    static final int MIN_SLOT_OFFER_BYTES = 16 + 4;

    private GatewayFields() {}

    private static <T> MessageCodec<T> cluster(Class<T> type) {
        return CLUSTER.forType(type).orElseThrow(() -> new IllegalStateException("no cluster codec for " + type.getName()));
    }

    static void writeAddress(RpcAddress address, DataOutputView out) throws IOException {
        WireFormat.writeString(address.host(), out);
        out.writeInt(address.port());
        WireFormat.writeString(address.endpoint(), out);
        WireFormat.writeNullable(address.fencingToken(), out, WireFormat::writeUuid);
    }

    static RpcAddress readAddress(DataInputView in) throws IOException {
        String host = WireFormat.readString(in, "host");
        int port = in.readInt();
        String endpoint = WireFormat.readString(in, "endpoint");
        UUID fencingToken = WireFormat.readNullable(in, "fencing token", WireFormat::readUuid);
        return WireFormat.construct("RpcAddress", () -> new RpcAddress(host, port, endpoint, fencingToken));
    }

    /** Operator events are a sealed family: the type id says which one follows. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void writeOperatorEvent(OperatorEvent event, DataOutputView out) throws IOException {
        MessageCodec codec = CLUSTER.forValue(event)
                .orElseThrow(() -> new IOException("no codec for operator event " + event.getClass().getName()));
        out.writeShort(codec.typeId());
        codec.encode(event, out);
    }

    static OperatorEvent readOperatorEvent(DataInputView in) throws IOException {
        int typeId = in.readUnsignedShort();
        MessageCodec<?> codec = CLUSTER.forTypeId(typeId)
                .filter(candidate -> OperatorEvent.class.isAssignableFrom(candidate.type()))
                .orElseThrow(() -> new IOException("type id " + typeId + " is not an operator event"));
        return (OperatorEvent) codec.decode(in);
    }
}
