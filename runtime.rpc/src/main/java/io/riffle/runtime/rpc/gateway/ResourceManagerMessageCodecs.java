package io.riffle.runtime.rpc.gateway;

import static io.riffle.runtime.rpc.gateway.GatewayFields.REGISTRATION;
import static io.riffle.runtime.rpc.gateway.GatewayFields.RESOURCE_ID;
import static io.riffle.runtime.rpc.gateway.GatewayFields.SLOT_ID;
import static io.riffle.runtime.rpc.gateway.GatewayFields.THROWABLE;

import io.riffle.api.common.JobID;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.resourcemanager.TaskExecutorRegistration;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.rpc.codec.MessageCodec;
import io.riffle.runtime.rpc.codec.WireCodec;
import io.riffle.runtime.rpc.codec.WireFormat;
import java.io.IOException;
import java.util.List;

/**
 * The requests to the ResourceManager.
 *
 * <pre>
 * RegisterTaskExecutor: TaskExecutorRegistration, RpcAddress taskExecutor
 * DisconnectTaskExecutor: ResourceId, nullable Throwable cause
 * DeclareRequiredSlots: JobID, RpcAddress jobMaster, int requiredSlots
 * NotifySlotAvailable: SlotId
 * </pre>
 */
final class ResourceManagerMessageCodecs {

    private ResourceManagerMessageCodecs() {}

    static List<MessageCodec<?>> codecs() {
        return List.of(
                WireCodec.of(GatewayMessageTypeIds.REGISTER_TASK_EXECUTOR, RegisterTaskExecutor.class,
                        ResourceManagerMessageCodecs::writeRegister, ResourceManagerMessageCodecs::readRegister),
                WireCodec.of(GatewayMessageTypeIds.DISCONNECT_TASK_EXECUTOR, DisconnectTaskExecutor.class,
                        ResourceManagerMessageCodecs::writeDisconnect, ResourceManagerMessageCodecs::readDisconnect),
                WireCodec.of(GatewayMessageTypeIds.DECLARE_REQUIRED_SLOTS, DeclareRequiredSlots.class,
                        ResourceManagerMessageCodecs::writeDeclare, ResourceManagerMessageCodecs::readDeclare),
                WireCodec.of(GatewayMessageTypeIds.NOTIFY_SLOT_AVAILABLE, NotifySlotAvailable.class,
                        (request, out) -> SLOT_ID.encode(request.slotId(), out), in -> new NotifySlotAvailable(SLOT_ID.decode(in))));
    }

    private static void writeRegister(RegisterTaskExecutor request, DataOutputView out) throws IOException {
        REGISTRATION.encode(request.registration(), out);
        GatewayFields.writeAddress(request.taskExecutor(), out);
    }

    private static RegisterTaskExecutor readRegister(DataInputView in) throws IOException {
        TaskExecutorRegistration registration = REGISTRATION.decode(in);
        RpcAddress taskExecutor = GatewayFields.readAddress(in);
        return new RegisterTaskExecutor(registration, taskExecutor);
    }

    private static void writeDisconnect(DisconnectTaskExecutor request, DataOutputView out) throws IOException {
        RESOURCE_ID.encode(request.resourceId(), out);
        WireFormat.writeNullable(request.cause(), out, THROWABLE::encode);
    }

    private static DisconnectTaskExecutor readDisconnect(DataInputView in) throws IOException {
        ResourceId resourceId = RESOURCE_ID.decode(in);
        Throwable cause = WireFormat.readNullable(in, "cause", THROWABLE::decode);
        return new DisconnectTaskExecutor(resourceId, cause);
    }

    private static void writeDeclare(DeclareRequiredSlots request, DataOutputView out) throws IOException {
        WireFormat.writeJobId(request.jobId(), out);
        GatewayFields.writeAddress(request.jobMaster(), out);
        out.writeInt(request.requiredSlots());
    }

    private static DeclareRequiredSlots readDeclare(DataInputView in) throws IOException {
        JobID jobId = WireFormat.readJobId(in);
        RpcAddress jobMaster = GatewayFields.readAddress(in);
        int requiredSlots = in.readInt();
        return new DeclareRequiredSlots(jobId, jobMaster, requiredSlots);
    }
}
