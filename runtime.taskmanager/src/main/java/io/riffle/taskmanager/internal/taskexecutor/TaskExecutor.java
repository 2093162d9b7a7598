package io.riffle.taskmanager.internal.taskexecutor;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.AllocationId;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.runtime.deployment.TaskDeploymentDescriptor;
import io.riffle.runtime.endpoint.MainThreadExecutor;
import io.riffle.runtime.heartbeat.HeartbeatMonitor;
import io.riffle.runtime.heartbeat.HeartbeatSettings;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.resourcemanager.ResourceManagerGateway;
import io.riffle.runtime.resourcemanager.TaskExecutorRegistration;
import io.riffle.runtime.taskexecutor.ExecutionState;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import io.riffle.runtime.taskexecutor.SlotOffer;
import io.riffle.runtime.taskexecutor.TaskExecutionState;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import io.riffle.taskmanager.internal.task.Task;
import io.riffle.taskmanager.internal.task.TaskServices;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks in slots: registers its slots with the ResourceManager, offers slots the
 * ResourceManager allocates to the job's JobMaster, starts the tasks the JobMaster deploys, and
 * reports their states back. Exchanges heartbeats with the JobMaster of each job it holds slots
 * of: a JobMaster that stops answering has its tasks here cancelled and its slots freed.
 *
 * <p>Threading: slot and task bookkeeping runs on the TaskExecutor's main thread; each task runs on
 * a thread of its own.
 */
public final class TaskExecutor implements TaskExecutorGateway, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TaskExecutor.class);
    private static final Logger LIFECYCLE = LoggerFactory.getLogger("io.riffle.lifecycle.tasks");

    private final TaskManagerLocation location;
    private final ResourceId resourceId;
    private final ResourceManagerGateway resourceManager;
    private final TaskServices services;
    private final MainThreadExecutor mainThread;
    private final HeartbeatMonitor<JobID> jobMasters;

    // main thread
    private final TaskSlotTable slots;
    private final Map<ExecutionAttemptId, Task> tasks = new HashMap<>();

    /** @param heartbeats how often to ask the JobMasters of this TaskExecutor's jobs whether they are alive */
    public TaskExecutor(TaskManagerLocation location, int numberOfSlots, ResourceManagerGateway resourceManager, TaskServices services,
            HeartbeatSettings heartbeats) {
        this.location = location;
        this.resourceId = location.resourceId();
        this.resourceManager = resourceManager;
        this.services = services;
        this.slots = new TaskSlotTable(numberOfSlots);
        this.mainThread = new MainThreadExecutor("riffle-taskexecutor-" + resourceId, 4096);
        this.jobMasters = HeartbeatMonitor.start(heartbeats, services.timers(), (jobId, cause) -> run(() -> jobMasterLost(jobId, cause)));
    }

    /** Registers with the ResourceManager; the future completes when it has taken the slots. */
    public CompletableFuture<Void> start() {
        return resourceManager.registerTaskExecutor(new TaskExecutorRegistration(resourceId, slots.size()), this);
    }

    @Override
    public ResourceId getResourceId() {
        return resourceId;
    }

    @Override
    public CompletableFuture<Void> requestSlot(SlotId slotId, JobID jobId, AllocationId allocationId, JobMasterGateway jobMaster) {
        return supply(() -> {
            slots.allocate(slotId.slotNumber(), jobId, allocationId, jobMaster);
            LIFECYCLE.info("slot {} allocated to job {}", slotId, jobId);
            if (!jobMasters.isMonitored(jobId)) {
                jobMasters.monitor(jobId, () -> jobMaster.heartbeatFromTaskManager(resourceId));
            }
            jobMaster.offerSlots(location, this, List.of(new SlotOffer(allocationId, slotId.slotNumber())))
                    .whenComplete((accepted, failure) -> {
                        if (failure != null || accepted.isEmpty()) {
                            LIFECYCLE.info("job {} did not take slot {}; freeing it", jobId, slotId);
                            freeSlot(allocationId);
                        }
                    });
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> heartbeatFromResourceManager() {
        // through the main thread: a TaskExecutor whose main thread is stuck or stopped does not answer
        return supply(() -> null);
    }

    @Override
    public CompletableFuture<Void> heartbeatFromJobManager(JobID jobId) {
        return supply(() -> {
            if (!slots.holdsSlotsOf(jobId)) {
                throw new IllegalStateException("TaskExecutor " + resourceId + " holds no slots of job " + jobId);
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> freeSlot(AllocationId allocationId) {
        return supply(() -> {
            free(allocationId);
            return null;
        });
    }

    private void free(AllocationId allocationId) {
        slots.byAllocation(allocationId).ifPresent(slot -> {
            slots.free(allocationId);
            LIFECYCLE.info("slot {}/{} is free", resourceId, slot.index());
            if (!slots.holdsSlotsOf(slot.jobId())) {
                jobMasters.unmonitor(slot.jobId());
            }
            resourceManager.notifySlotAvailable(new SlotId(resourceId, slot.index()));
        });
    }

    /** The job's JobMaster stopped answering: nobody will deploy to, or collect from, its slots here. */
    private void jobMasterLost(JobID jobId, Exception cause) {
        LIFECYCLE.warn("the JobMaster of job {} is lost ({}); cancelling its tasks and freeing its slots on {}", jobId,
                cause.getMessage(), resourceId);
        tasks.values().stream().filter(task -> task.deployment().jobId().equals(jobId)).forEach(Task::cancel);
        slots.allocationsOf(jobId).forEach(this::free);
    }

    @Override
    public CompletableFuture<Void> submitTask(TaskDeploymentDescriptor deployment) {
        return supply(() -> {
            TaskSlotTable.AllocatedSlot slot = slots.byAllocation(deployment.allocationId()).orElseThrow(() -> new IllegalStateException(
                    "cannot deploy " + deployment.taskNameWithSubtask() + ": no slot of " + resourceId + " is allocated to it"));
            if (!slot.jobId().equals(deployment.jobId())) {
                throw new IllegalStateException("cannot deploy " + deployment.taskNameWithSubtask() + ": its slot belongs to job "
                        + slot.jobId());
            }
            ClassLoader userCodeClassLoader = services.classLoaders().lookup(deployment.jobId()).orElseThrow(() ->
                    new IllegalStateException("the classes of job " + deployment.jobId() + " are not available on " + resourceId));
            Task task = new Task(deployment, services, userCodeClassLoader, slot.jobMaster(), state -> onTaskState(slot.jobMaster(), state));
            tasks.put(deployment.executionId(), task);
            task.start();
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> cancelTask(ExecutionAttemptId executionId) {
        return supply(() -> {
            Task task = tasks.get(executionId);
            if (task == null) {
                throw new NoSuchElementException("no task " + executionId + " runs on " + resourceId);
            }
            task.cancel();
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> sendOperatorEvent(ExecutionAttemptId executionId, int operatorId, OperatorEvent event) {
        return supply(() -> {
            Task task = tasks.get(executionId);
            if (task == null) {
                throw new NoSuchElementException("no task " + executionId + " runs on " + resourceId);
            }
            task.deliverOperatorEvent(operatorId, event);
            return null;
        });
    }

    /** Called by a task's thread when its state changes. */
    private void onTaskState(JobMasterGateway jobMaster, TaskExecutionState state) {
        if (state.state().isTerminal()) {
            run(() -> tasks.remove(state.executionId()));
        }
        if (state.state() == ExecutionState.FAILED) {
            LIFECYCLE.warn("task {} of job {} failed: {}", state.executionId(), state.jobId(), String.valueOf(state.failure()));
        }
        jobMaster.updateTaskExecutionState(state).whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.warn("could not report the state {} of task {} to the JobMaster of job {}", state.state(), state.executionId(),
                        state.jobId(), failure);
            }
        });
    }

    public int numberOfRunningTasks() {
        return supply(tasks::size).join();
    }

    /** Cancels running tasks and stops. */
    @Override
    public void close() {
        jobMasters.close();
        run(() -> tasks.values().forEach(Task::cancel));
        mainThread.close();
    }

    private void run(Runnable action) {
        try {
            mainThread.execute(action);
        } catch (RejectedExecutionException e) {
            LOG.debug("TaskExecutor {} stopped; dropping work", resourceId, e);
        }
    }

    private <T> CompletableFuture<T> supply(Supplier<T> action) {
        try {
            return mainThread.supply(action);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
