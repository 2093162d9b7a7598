package io.riffle.taskmanager.internal.taskexecutor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.AllocationId;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.InMemoryJobClassLoaders;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.runtime.endpoint.TimerThread;
import io.riffle.runtime.heartbeat.HeartbeatSettings;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.resourcemanager.ResourceManagerGateway;
import io.riffle.runtime.resourcemanager.TaskExecutorRegistration;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import io.riffle.runtime.taskexecutor.SlotOffer;
import io.riffle.runtime.taskexecutor.TaskExecutionState;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import io.riffle.taskmanager.internal.network.buffer.NetworkBufferPool;
import io.riffle.taskmanager.internal.network.partition.ResultPartitionManager;
import io.riffle.taskmanager.internal.task.TaskServices;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
    private final CompletableFuture<SlotId> slotFreed = new CompletableFuture<>();
    private final ResourceManagerGateway resourceManager = new ResourceManagerGateway() {
        @Override
        public CompletableFuture<Void> registerTaskExecutor(TaskExecutorRegistration registration, TaskExecutorGateway taskExecutor) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> disconnectTaskExecutor(ResourceId resourceId, Throwable cause) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> declareRequiredSlots(JobID jobId, JobMasterGateway jobMaster, int requiredSlots) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> notifySlotAvailable(SlotId slotId) {
            slotFreed.complete(slotId);
            return CompletableFuture.completedFuture(null);
        }
    };
    private final TaskExecutor taskExecutor = new TaskExecutor(TaskManagerLocation.inJvm(TASK_MANAGER), 2, resourceManager,
            new TaskServices(new ResultPartitionManager(), buffers, timers, new InMemoryJobClassLoaders(), List.of()), FAST);

    /** A JobMaster that takes every slot and answers heartbeats until it is told to stop. */
    private static final class StoppableJobMaster implements JobMasterGateway {
        volatile boolean alive = true;

        @Override
        public JobID getJobId() {
            return JOB;
        }

        @Override
        public CompletableFuture<Collection<SlotOffer>> offerSlots(TaskManagerLocation taskManager, TaskExecutorGateway taskExecutor,
                Collection<SlotOffer> offers) {
            return CompletableFuture.completedFuture(offers);
        }

        @Override
        public CompletableFuture<Void> updateTaskExecutionState(TaskExecutionState state) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> sendOperatorEventToCoordinator(ExecutionAttemptId executionId, int operatorId, OperatorEvent event) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> heartbeatFromTaskManager(ResourceId taskManager) {
            return alive ? CompletableFuture.completedFuture(null) : CompletableFuture.failedFuture(new IllegalStateException("gone"));
        }
    }

    @After
    public void stop() {
        taskExecutor.close();
        timers.shutdownNow();
        buffers.destroy();
    }

    @Test
    public void answersTheJobMasterOnlyWhileItHoldsSlotsOfTheJob() throws Exception {
        StoppableJobMaster jobMaster = new StoppableJobMaster();
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
        StoppableJobMaster jobMaster = new StoppableJobMaster();
        taskExecutor.requestSlot(new SlotId(TASK_MANAGER, 1), JOB, AllocationId.generate(), jobMaster).get(10, TimeUnit.SECONDS);
        // while it answers, the slot stays (several heartbeat intervals pass while the TaskExecutor answers a heartbeat itself)
        for (int i = 0; i < 5; i++) {
            assertNull(taskExecutor.heartbeatFromJobManager(JOB).get(10, TimeUnit.SECONDS));
        }
        assertFalse(slotFreed.isDone());

        jobMaster.alive = false;

        assertEquals(new SlotId(TASK_MANAGER, 1), slotFreed.get(30, TimeUnit.SECONDS));
        assertThrows(ExecutionException.class, () -> taskExecutor.heartbeatFromJobManager(JOB).get(10, TimeUnit.SECONDS));
    }
}
