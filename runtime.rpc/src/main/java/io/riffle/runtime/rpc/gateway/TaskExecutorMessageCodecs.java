package io.riffle.runtime.rpc.gateway;

import static io.riffle.runtime.rpc.gateway.GatewayFields.ALLOCATION_ID;
import static io.riffle.runtime.rpc.gateway.GatewayFields.EXECUTION_ATTEMPT_ID;
import static io.riffle.runtime.rpc.gateway.GatewayFields.SLOT_ID;
import static io.riffle.runtime.rpc.gateway.GatewayFields.TASK_DEPLOYMENT;

import io.riffle.api.common.JobID;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import io.riffle.runtime.cluster.AllocationId;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.rpc.codec.MessageCodec;
import io.riffle.runtime.rpc.codec.WireCodec;
import io.riffle.runtime.rpc.codec.WireFormat;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import java.io.IOException;
import java.util.List;

/**
 * The requests to a TaskExecutor.
 *
 * <pre>
 * RequestSlot: SlotId, JobID, AllocationId, RpcAddress jobMaster
 * FreeSlot: AllocationId
 * SubmitTask: TaskDeploymentDescriptor
 * CancelTask: ExecutionAttemptId
 * SendOperatorEvent: ExecutionAttemptId, int operatorId, OperatorEvent
 * HeartbeatFromResourceManager: nothing (the frame's type id says it all)
 * HeartbeatFromJobManager: JobID
 * </pre>
 */
final class TaskExecutorMessageCodecs {

    private TaskExecutorMessageCodecs() {}

    static List<MessageCodec<?>> codecs() {
        return List.of(
                WireCodec.of(GatewayMessageTypeIds.REQUEST_SLOT, RequestSlot.class, TaskExecutorMessageCodecs::writeRequestSlot,
                        TaskExecutorMessageCodecs::readRequestSlot),
                WireCodec.of(GatewayMessageTypeIds.FREE_SLOT, FreeSlot.class,
                        (request, out) -> ALLOCATION_ID.encode(request.allocationId(), out),
                        in -> new FreeSlot(ALLOCATION_ID.decode(in))),
                WireCodec.of(GatewayMessageTypeIds.SUBMIT_TASK, SubmitTask.class,
                        (request, out) -> TASK_DEPLOYMENT.encode(request.deployment(), out),
                        in -> new SubmitTask(TASK_DEPLOYMENT.decode(in))),
                WireCodec.of(GatewayMessageTypeIds.CANCEL_TASK, CancelTask.class,
                        (request, out) -> EXECUTION_ATTEMPT_ID.encode(request.executionId(), out),
                        in -> new CancelTask(EXECUTION_ATTEMPT_ID.decode(in))),
                WireCodec.of(GatewayMessageTypeIds.SEND_OPERATOR_EVENT, SendOperatorEvent.class,
                        TaskExecutorMessageCodecs::writeOperatorEvent, TaskExecutorMessageCodecs::readOperatorEvent),
                WireCodec.of(GatewayMessageTypeIds.HEARTBEAT_FROM_RESOURCE_MANAGER, HeartbeatFromResourceManager.class,
                        (request, out) -> { }, in -> new HeartbeatFromResourceManager()),
                WireCodec.of(GatewayMessageTypeIds.HEARTBEAT_FROM_JOB_MANAGER, HeartbeatFromJobManager.class,
                        (request, out) -> WireFormat.writeJobId(request.jobId(), out),
                        in -> new HeartbeatFromJobManager(WireFormat.readJobId(in))));
    }

    private static void writeRequestSlot(RequestSlot request, DataOutputView out) throws IOException {
        SLOT_ID.encode(request.slotId(), out);
        WireFormat.writeJobId(request.jobId(), out);
        ALLOCATION_ID.encode(request.allocationId(), out);
        GatewayFields.writeAddress(request.jobMaster(), out);
    }

    private static RequestSlot readRequestSlot(DataInputView in) throws IOException {
        SlotId slotId = SLOT_ID.decode(in);
        JobID jobId = WireFormat.readJobId(in);
        AllocationId allocationId = ALLOCATION_ID.decode(in);
        RpcAddress jobMaster = GatewayFields.readAddress(in);
        return new RequestSlot(slotId, jobId, allocationId, jobMaster);
    }

    private static void writeOperatorEvent(SendOperatorEvent request, DataOutputView out) throws IOException {
        EXECUTION_ATTEMPT_ID.encode(request.executionId(), out);
        out.writeInt(request.operatorId());
        GatewayFields.writeOperatorEvent(request.event(), out);
    }

    private static SendOperatorEvent readOperatorEvent(DataInputView in) throws IOException {
        ExecutionAttemptId executionId = EXECUTION_ATTEMPT_ID.decode(in);
        int operatorId = in.readInt();
        OperatorEvent event = GatewayFields.readOperatorEvent(in);
        return new SendOperatorEvent(executionId, operatorId, event);
    }
}
