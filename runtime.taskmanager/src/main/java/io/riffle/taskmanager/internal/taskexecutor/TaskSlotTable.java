package io.riffle.taskmanager.internal.taskexecutor;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.AllocationId;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import java.util.Optional;

/** The slots of one TaskExecutor and the job each is allocated to. Main thread of the TaskExecutor only. */
final class TaskSlotTable {

    /** Slot {@code index}, allocated to a job. */
    record AllocatedSlot(int index, JobID jobId, AllocationId allocationId, JobMasterGateway jobMaster) {}

    private final AllocatedSlot[] slots;

    TaskSlotTable(int numberOfSlots) {
        this.slots = new AllocatedSlot[numberOfSlots];
    }

    int size() {
        return slots.length;
    }

    /** Allocates a free slot; fails if it is taken by another allocation. */
    AllocatedSlot allocate(int index, JobID jobId, AllocationId allocationId, JobMasterGateway jobMaster) {
        if (index < 0 || index >= slots.length) {
            throw new IllegalArgumentException("slot " + index + " does not exist; this TaskExecutor has " + slots.length);
        }
        AllocatedSlot current = slots[index];
        if (current != null && !current.allocationId().equals(allocationId)) {
            throw new IllegalStateException("slot " + index + " is already allocated to job " + current.jobId());
        }
        slots[index] = new AllocatedSlot(index, jobId, allocationId, jobMaster);
        return slots[index];
    }

    Optional<AllocatedSlot> byAllocation(AllocationId allocationId) {
        for (AllocatedSlot slot : slots) {
            if (slot != null && slot.allocationId().equals(allocationId)) {
                return Optional.of(slot);
            }
        }
        return Optional.empty();
    }

    /** Frees the slot of an allocation; returns its index, if it was allocated. */
    Optional<Integer> free(AllocationId allocationId) {
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null && slots[i].allocationId().equals(allocationId)) {
                slots[i] = null;
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    boolean hasSlotOf(JobID jobId) {
        for (AllocatedSlot slot : slots) {
            if (slot != null && slot.jobId().equals(jobId)) {
                return true;
            }
        }
        return false;
    }

    int freeSlots() {
        int free = 0;
        for (AllocatedSlot slot : slots) {
            if (slot == null) {
                free++;
            }
        }
        return free;
    }
}
