package io.riffle.taskmanager.internal.taskexecutor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.AllocationId;
import io.riffle.runtime.cluster.InMemoryJobClassLoaders;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.runtime.endpoint.TimerThread;
import io.riffle.runtime.heartbeat.HeartbeatSettings;
import io.riffle.taskmanager.internal.network.buffer.NetworkBufferPool;
import io.riffle.taskmanager.internal.network.partition.ResultPartitionManager;
import io.riffle.taskmanager.internal.task.TaskServices;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Test;

/** The TaskExecutor's side of the JobMaster heartbeats. */
public class TaskExecutorHeartbeatTest {

    private static final ResourceId TASK_MANAGER = new ResourceId("taskmanager-1");
    private static final JobID JOB = JobID.generate();
    private static final HeartbeatSettings FAST = new HeartbeatSettings(20, 400, 2);

    private final ScheduledExecutorService timers = TimerThread.create("test-timers");
    private final NetworkBufferPool buffers = new NetworkBufferPool(16, 1024);
    private final TestingResourceManager resourceManager = new TestingResourceManager();
    private final TaskExecutor taskExecutor = new TaskExecutor(TaskManagerLocation.inJvm(TASK_MANAGER), 2, resourceManager,
            new TaskServices(new ResultPartitionManager(), buffers, timers, new InMemoryJobClassLoaders(), List.of()), FAST);

    @After
    public void stop() {
        taskExecutor.close();
        timers.shutdownNow();
        buffers.destroy();
    }

    @Test
    public void answersTheJobMasterOnlyWhileItHoldsSlotsOfTheJob() throws Exception {
        TestingJobMaster jobMaster = new TestingJobMaster(JOB);
        ExecutionException before = assertThrows(ExecutionException.class,
                () -> taskExecutor.heartbeatFromJobManager(JOB).get(10, TimeUnit.SECONDS));
        assertEquals("TaskExecutor taskmanager-1 holds no slots of job " + JOB, before.getCause().getMessage());

        AllocationId allocation = AllocationId.generate();
        taskExecutor.requestSlot(new SlotId(TASK_MANAGER, 1), JOB, allocation, jobMaster).get(10, TimeUnit.SECONDS);
        assertNull(taskExecutor.heartbeatFromJobManager(JOB).get(10, TimeUnit.SECONDS));

        taskExecutor.freeSlot(allocation).get(10, TimeUnit.SECONDS);
        assertThrows(ExecutionException.class, () -> taskExecutor.heartbeatFromJobManager(JOB).get(10, TimeUnit.SECONDS));
    }

    @Test
    public void freesTheSlotsOfAJobWhoseJobMasterStopsAnswering() throws Exception {
        TestingJobMaster jobMaster = new TestingJobMaster(JOB);
        taskExecutor.requestSlot(new SlotId(TASK_MANAGER, 1), JOB, AllocationId.generate(), jobMaster).get(10, TimeUnit.SECONDS);
        // while it answers, the slot stays (several heartbeat intervals pass while the TaskExecutor answers a heartbeat itself)
        for (int i = 0; i < 5; i++) {
            assertNull(taskExecutor.heartbeatFromJobManager(JOB).get(10, TimeUnit.SECONDS));
        }
        assertTrue(resourceManager.freedSlots.isEmpty());

        jobMaster.alive = false;

        assertEquals(new SlotId(TASK_MANAGER, 1), resourceManager.freedSlots.poll(30, TimeUnit.SECONDS));
        assertThrows(ExecutionException.class, () -> taskExecutor.heartbeatFromJobManager(JOB).get(10, TimeUnit.SECONDS));
    }
}
