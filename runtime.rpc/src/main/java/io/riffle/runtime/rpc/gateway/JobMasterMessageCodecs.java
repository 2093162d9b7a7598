package io.riffle.runtime.rpc.gateway;

import static io.riffle.runtime.rpc.gateway.GatewayFields.EXECUTION_ATTEMPT_ID;
import static io.riffle.runtime.rpc.gateway.GatewayFields.MIN_SLOT_OFFER_BYTES;
import static io.riffle.runtime.rpc.gateway.GatewayFields.SLOT_OFFER;
import static io.riffle.runtime.rpc.gateway.GatewayFields.RESOURCE_ID;
import static io.riffle.runtime.rpc.gateway.GatewayFields.TASK_MANAGER_LOCATION;
import static io.riffle.runtime.rpc.gateway.GatewayFields.TASK_STATE;

import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.rpc.codec.MessageCodec;
import io.riffle.runtime.rpc.codec.WireCodec;
import io.riffle.runtime.rpc.codec.WireFormat;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import io.riffle.runtime.taskexecutor.SlotOffer;
import java.io.IOException;
import java.util.List;

/**
 * The requests to a JobMaster, and its answer to slot offers.
 *
 * <pre>
 * OfferSlots: TaskManagerLocation taskManager, RpcAddress taskExecutor, list of SlotOffer
 * AcceptedSlots: list of SlotOffer
 * UpdateTaskExecutionState: EncodedTaskExecutionState
 * SendOperatorEventToCoordinator: ExecutionAttemptId, int operatorId, OperatorEvent
 * HeartbeatFromTaskManager: ResourceId
 * </pre>
 */
final class JobMasterMessageCodecs {

    private JobMasterMessageCodecs() {}

    static List<MessageCodec<?>> codecs() {
        return List.of(
                WireCodec.of(GatewayMessageTypeIds.OFFER_SLOTS, OfferSlots.class, JobMasterMessageCodecs::writeOfferSlots,
                        JobMasterMessageCodecs::readOfferSlots),
                WireCodec.of(GatewayMessageTypeIds.ACCEPTED_SLOTS, AcceptedSlots.class,
                        (answer, out) -> WireFormat.writeList(answer.offers(), out, SLOT_OFFER::encode),
                        in -> new AcceptedSlots(readOffers(in))),
                WireCodec.of(GatewayMessageTypeIds.UPDATE_TASK_EXECUTION_STATE, UpdateTaskExecutionState.class,
                        (request, out) -> TASK_STATE.encode(request.state(), out),
                        in -> new UpdateTaskExecutionState(TASK_STATE.decode(in))),
                WireCodec.of(GatewayMessageTypeIds.SEND_OPERATOR_EVENT_TO_COORDINATOR, SendOperatorEventToCoordinator.class,
                        JobMasterMessageCodecs::writeOperatorEvent, JobMasterMessageCodecs::readOperatorEvent),
                WireCodec.of(GatewayMessageTypeIds.HEARTBEAT_FROM_TASK_MANAGER, HeartbeatFromTaskManager.class,
                        (request, out) -> RESOURCE_ID.encode(request.taskManager(), out),
                        in -> new HeartbeatFromTaskManager(RESOURCE_ID.decode(in))));
    }

    private static void writeOfferSlots(OfferSlots request, DataOutputView out) throws IOException {
        TASK_MANAGER_LOCATION.encode(request.taskManager(), out);
        GatewayFields.writeAddress(request.taskExecutor(), out);
        WireFormat.writeList(request.offers(), out, SLOT_OFFER::encode);
    }

    private static OfferSlots readOfferSlots(DataInputView in) throws IOException {
        TaskManagerLocation taskManager = TASK_MANAGER_LOCATION.decode(in);
        RpcAddress taskExecutor = GatewayFields.readAddress(in);
        List<SlotOffer> offers = readOffers(in);
        return new OfferSlots(taskManager, taskExecutor, offers);
    }

    private static List<SlotOffer> readOffers(DataInputView in) throws IOException {
        return WireFormat.readList(in, "slot offers", MIN_SLOT_OFFER_BYTES, SLOT_OFFER::decode);
    }

    private static void writeOperatorEvent(SendOperatorEventToCoordinator request, DataOutputView out) throws IOException {
        EXECUTION_ATTEMPT_ID.encode(request.executionId(), out);
        out.writeInt(request.operatorId());
        GatewayFields.writeOperatorEvent(request.event(), out);
    }

    private static SendOperatorEventToCoordinator readOperatorEvent(DataInputView in) throws IOException {
        ExecutionAttemptId executionId = EXECUTION_ATTEMPT_ID.decode(in);
        int operatorId = in.readInt();
        OperatorEvent event = GatewayFields.readOperatorEvent(in);
        return new SendOperatorEventToCoordinator(executionId, operatorId, event);
    }
}
