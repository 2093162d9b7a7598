package io.riffle.taskmanager.internal.taskexecutor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.AllocationId;
import io.riffle.runtime.cluster.InMemoryJobClassLoaders;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.runtime.endpoint.TimerThread;
import io.riffle.runtime.heartbeat.HeartbeatSettings;
import io.riffle.runtime.resourcemanager.TaskExecutorRegistration;
import io.riffle.taskmanager.internal.memory.MemoryReservationException;
import io.riffle.taskmanager.internal.memory.SlotMemory;
import io.riffle.taskmanager.internal.network.buffer.NetworkBufferPool;
import io.riffle.taskmanager.internal.network.partition.ResultPartitionManager;
import io.riffle.taskmanager.internal.task.TaskServices;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Test;

/** Each slot of a TaskExecutor owns an equal share of its managed memory, and a freed slot has nothing reserved. */
public class TaskExecutorManagedMemoryTest {

    private static final ResourceId TASK_MANAGER = new ResourceId("taskmanager-1");
    private static final long MANAGED_MEMORY = 96L << 20;

    private final ScheduledExecutorService timers = TimerThread.create("test-timers");
    private final NetworkBufferPool buffers = new NetworkBufferPool(16, 1024);
    private final TestingResourceManager resourceManager = new TestingResourceManager();
    private final TaskExecutor taskExecutor = new TaskExecutor(TaskManagerLocation.inJvm(TASK_MANAGER), 3, resourceManager,
            new TaskServices(new ResultPartitionManager(), buffers, timers, new InMemoryJobClassLoaders(), List.of(), null, MANAGED_MEMORY),
            HeartbeatSettings.DEFAULTS);

    @After
    public void stop() {
        taskExecutor.close();
        timers.shutdownNow();
        buffers.destroy();
    }

    @Test
    public void registersItsManagedMemoryAndSplitsItEquallyAmongItsSlots() throws Exception {
        taskExecutor.start().get(10, TimeUnit.SECONDS);

        assertEquals(new TaskExecutorRegistration(TASK_MANAGER, 3, MANAGED_MEMORY), resourceManager.registrations.poll(10, TimeUnit.SECONDS));
        for (int i = 0; i < 3; i++) {
            assertEquals(32L << 20, taskExecutor.slotMemory(i).size());
        }
    }

    @Test
    public void aFreedSlotReleasesWhatItsJobLeftReservedSoTheNextJobHasTheFullShare() throws Exception {
        JobID first = JobID.generate();
        AllocationId firstAllocation = AllocationId.generate();
        taskExecutor.requestSlot(new SlotId(TASK_MANAGER, 1), first, firstAllocation, new TestingJobMaster(first))
                .get(10, TimeUnit.SECONDS);
        SlotMemory memory = taskExecutor.slotMemory(1);
        memory.reserve("sorter of " + first, 20L << 20);
        memory.reserve("state backend of " + first, 2L << 20);

        taskExecutor.freeSlot(firstAllocation).get(10, TimeUnit.SECONDS);

        assertEquals(0, memory.reserved());
        JobID second = JobID.generate();
        taskExecutor.requestSlot(new SlotId(TASK_MANAGER, 1), second, AllocationId.generate(), new TestingJobMaster(second))
                .get(10, TimeUnit.SECONDS);
        memory.reserve("sorter of " + second, 32L << 20);
        assertThrows(MemoryReservationException.class, () -> memory.reserve("state backend of " + second, 1));
    }

    @Test
    public void aSlotsShareIsItsOwnOtherSlotsKeepTheirs() throws Exception {
        taskExecutor.slotMemory(0).reserve("sorter", 32L << 20);

        assertThrows(MemoryReservationException.class, () -> taskExecutor.slotMemory(0).reserve("state backend", 1));
        taskExecutor.slotMemory(2).reserve("state backend", 32L << 20);
    }
}
