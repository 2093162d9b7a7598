package io.riffle.jobmanager.internal.resourcemanager;

import io.riffle.api.common.JobID;
import io.riffle.configuration.MemorySize;
import io.riffle.runtime.cluster.AllocationId;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.status.TaskManagerInfo;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Declarative slot allocation: jobs declare how many slots they need, TaskExecutors report their
 * slots, and the SlotManager allocates free slots to jobs whose declaration is not met yet, asking
 * each TaskExecutor to offer the slot to the job's JobMaster.
 *
 * <p>Threading: owned by the ResourceManager's main thread; callbacks of futures are brought back
 * to it through {@code mainThread}.
 */
final class SlotManager {

    private static final Logger LIFECYCLE = LoggerFactory.getLogger("io.riffle.lifecycle.resources");

    private final Executor mainThread;
    private final Map<ResourceId, Worker> workers = new LinkedHashMap<>();
    private final Map<JobID, Requirement> requirements = new LinkedHashMap<>();
    /** The TaskManagers and their slots, republished by the main thread after each change, for readers on any thread. */
    private volatile List<TaskManagerInfo> taskManagers = List.of();

    SlotManager(Executor mainThread) {
        this.mainThread = mainThread;
    }

    /** REFUSED: the TaskExecutor turned the slot down; it is not offered again until the TaskExecutor frees it. */
    private enum State { FREE, PENDING, ALLOCATED, REFUSED }

    private static final class Slot {
        State state = State.FREE;
        JobID job;
        AllocationId allocation;
    }

    private record Worker(TaskExecutorGateway gateway, Slot[] slots, long managedMemoryBytes) {}

    private static final class Requirement {
        JobMasterGateway jobMaster;
        int required;
        boolean reportedShortage;
    }

    void registerTaskExecutor(ResourceId id, TaskExecutorGateway gateway, int numberOfSlots, long managedMemoryBytes) {
        Slot[] slots = new Slot[numberOfSlots];
        for (int i = 0; i < numberOfSlots; i++) {
            slots[i] = new Slot();
        }
        if (workers.put(id, new Worker(gateway, slots, managedMemoryBytes)) != null) {
            LIFECYCLE.warn("TaskExecutor {} registered again; its slots are reset to free", id);
        }
        LIFECYCLE.info("TaskExecutor {} registered with {} slots and {} of managed memory; the cluster has {} slots", id, numberOfSlots,
                new MemorySize(managedMemoryBytes), totalSlots());
        allocateFreeSlots();
    }

    void unregisterTaskExecutor(ResourceId id, Throwable cause) {
        if (workers.remove(id) != null) {
            LIFECYCLE.warn("TaskExecutor {} left the cluster: {}; the cluster has {} slots", id,
                    cause == null ? "disconnected" : cause.getMessage(), totalSlots());
            allocateFreeSlots();
        }
    }

    void declare(JobID job, JobMasterGateway jobMaster, int required) {
        if (required <= 0) {
            requirements.remove(job);
            return;
        }
        Requirement requirement = requirements.computeIfAbsent(job, j -> new Requirement());
        requirement.jobMaster = jobMaster;
        requirement.required = required;
        allocateFreeSlots();
    }

    void slotAvailable(SlotId slotId) {
        Worker worker = workers.get(slotId.resourceId());
        if (worker == null || slotId.slotNumber() >= worker.slots.length) {
            return;
        }
        Slot slot = worker.slots[slotId.slotNumber()];
        slot.state = State.FREE;
        slot.job = null;
        slot.allocation = null;
        allocateFreeSlots();
    }

    /** The latest published snapshot; safe from any thread. */
    List<TaskManagerInfo> taskManagers() {
        return taskManagers;
    }

    private void publish() {
        List<TaskManagerInfo> snapshot = new ArrayList<>(workers.size());
        workers.forEach((id, worker) -> snapshot.add(new TaskManagerInfo(id.value(), worker.slots.length,
                (int) java.util.Arrays.stream(worker.slots).filter(s -> s.state == State.FREE).count(), worker.managedMemoryBytes)));
        taskManagers = List.copyOf(snapshot);
    }

    int totalSlots() {
        return workers.values().stream().mapToInt(w -> w.slots.length).sum();
    }

    int freeSlots() {
        return (int) workers.values().stream().flatMap(w -> java.util.Arrays.stream(w.slots)).filter(s -> s.state == State.FREE).count();
    }

    private int slotsOf(JobID job) {
        return (int) workers.values().stream().flatMap(w -> java.util.Arrays.stream(w.slots))
                .filter(s -> s.state != State.FREE && job.equals(s.job)).count();
    }

    private void allocateFreeSlots() {
        try {
            allocateRequiredSlots();
        } finally {
            // every change of workers or slot states ends here, so this one publish covers them all
            publish();
        }
    }

    private void allocateRequiredSlots() {
        for (Map.Entry<JobID, Requirement> entry : new ArrayList<>(requirements.entrySet())) {
            JobID job = entry.getKey();
            Requirement requirement = entry.getValue();
            int missing = requirement.required - slotsOf(job);
            for (SlotId free : freeSlotIds(missing)) {
                allocate(free, job, requirement.jobMaster);
                missing--;
            }
            if (missing <= 0) {
                requirement.reportedShortage = false;
            } else if (!requirement.reportedShortage) {
                requirement.reportedShortage = true;
                LIFECYCLE.warn("job {} needs {} slots but has {}: the cluster has {} slots, none free; it waits for more", job,
                        requirement.required, requirement.required - missing, totalSlots());
            }
        }
    }

    private List<SlotId> freeSlotIds(int limit) {
        List<SlotId> free = new ArrayList<>();
        for (Map.Entry<ResourceId, Worker> worker : workers.entrySet()) {
            Slot[] slots = worker.getValue().slots;
            for (int i = 0; i < slots.length && free.size() < limit; i++) {
                if (slots[i].state == State.FREE) {
                    free.add(new SlotId(worker.getKey(), i));
                }
            }
        }
        return free;
    }

    private void allocate(SlotId slotId, JobID job, JobMasterGateway jobMaster) {
        Worker worker = workers.get(slotId.resourceId());
        Slot slot = worker.slots[slotId.slotNumber()];
        AllocationId allocation = AllocationId.generate();
        slot.state = State.PENDING;
        slot.job = job;
        slot.allocation = allocation;
        worker.gateway.requestSlot(slotId, job, allocation, jobMaster).whenCompleteAsync((ok, failure) -> {
            if (!allocation.equals(slot.allocation)) {
                return;
            }
            if (failure == null) {
                slot.state = State.ALLOCATED;
                publish();
            } else {
                LIFECYCLE.warn("TaskExecutor {} refused slot {} for job {}: {}", slotId.resourceId(), slotId, job, failure.getMessage());
                slot.state = State.REFUSED;
                slot.job = null;
                slot.allocation = null;
                allocateFreeSlots();
            }
        }, mainThread);
    }
}
