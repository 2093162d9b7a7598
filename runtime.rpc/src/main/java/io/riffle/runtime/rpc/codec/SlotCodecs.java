package io.riffle.runtime.rpc.codec;

import static io.riffle.runtime.rpc.codec.WireFormat.construct;

import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import io.riffle.runtime.cluster.AllocationId;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.resourcemanager.TaskExecutorRegistration;
import io.riffle.runtime.taskexecutor.SlotOffer;
import java.io.IOException;
import java.util.List;

/**
 * How slots come to be used: a TaskExecutor registers its slots with the ResourceManager and
 * offers allocated slots to a JobMaster.
 *
 * <pre>
 * TaskExecutorRegistration: ResourceId, int numberOfSlots, long managedMemoryBytes
 * SlotOffer: AllocationId, int slotIndex
 * </pre>
 */
final class SlotCodecs {

    private SlotCodecs() {}

    static List<MessageCodec<?>> codecs() {
        return List.of(
                WireCodec.of(MessageTypeIds.TASK_EXECUTOR_REGISTRATION, TaskExecutorRegistration.class, SlotCodecs::writeRegistration,
                        SlotCodecs::readRegistration),
                WireCodec.of(MessageTypeIds.SLOT_OFFER, SlotOffer.class, SlotCodecs::writeOffer, SlotCodecs::readOffer));
    }

    static void writeRegistration(TaskExecutorRegistration registration, DataOutputView out) throws IOException {
        IdCodecs.writeResourceId(registration.resourceId(), out);
        out.writeInt(registration.numberOfSlots());
        out.writeLong(registration.managedMemoryBytes());
    }

    static TaskExecutorRegistration readRegistration(DataInputView in) throws IOException {
        ResourceId resourceId = IdCodecs.readResourceId(in);
        int numberOfSlots = in.readInt();
        long managedMemoryBytes = in.readLong();
        return construct("TaskExecutorRegistration", () -> new TaskExecutorRegistration(resourceId, numberOfSlots, managedMemoryBytes));
    }

    static void writeOffer(SlotOffer offer, DataOutputView out) throws IOException {
        IdCodecs.writeAllocationId(offer.allocationId(), out);
        out.writeInt(offer.slotIndex());
    }

    static SlotOffer readOffer(DataInputView in) throws IOException {
        AllocationId allocationId = IdCodecs.readAllocationId(in);
        int slotIndex = in.readInt();
        return construct("SlotOffer", () -> new SlotOffer(allocationId, slotIndex));
    }
}
