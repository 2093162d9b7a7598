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
import io.riffle.taskmanager.internal.jobbundle.JobBundleInstaller;
import io.riffle.taskmanager.internal.jobbundle.JobBundles;
import io.riffle.taskmanager.internal.memory.MemoryManager;
import io.riffle.taskmanager.internal.memory.SlotMemory;
import io.riffle.taskmanager.internal.task.Task;
import io.riffle.taskmanager.internal.task.TaskServices;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 * <p>Each slot owns an equal share of the TaskExecutor's managed memory, which the tasks in it reserve
 * from; a freed slot gives back whatever they left reserved, so the next job in it has the full share.
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
    private final JobBundles jobBundles;
    private final MemoryManager memory;

    // main thread
    private final TaskSlotTable slots;
    private final Map<ExecutionAttemptId, Task> tasks = new HashMap<>();
    /** Tasks accepted but waiting for their job's bundle. */
    private final Map<ExecutionAttemptId, TaskDeploymentDescriptor> awaitingBundle = new HashMap<>();

    /** A TaskExecutor whose jobs' class loaders are registered by whoever ran their main() (local, embedded). */
    public TaskExecutor(TaskManagerLocation location, int numberOfSlots, ResourceManagerGateway resourceManager, TaskServices services,
            HeartbeatSettings heartbeats) {
        this(location, numberOfSlots, resourceManager, services, heartbeats,
                new JobBundles(services.classLoaders(), JobBundleInstaller.NONE));
    }

    /**
     * @param heartbeats how often to ask the JobMasters of this TaskExecutor's jobs whether they are alive
     * @param jobBundles installs the bundles of jobs whose class loaders are not registered in this JVM
     */
    public TaskExecutor(TaskManagerLocation location, int numberOfSlots, ResourceManagerGateway resourceManager, TaskServices services,
            HeartbeatSettings heartbeats, JobBundles jobBundles) {
        this.location = location;
        this.jobBundles = jobBundles;
        this.resourceId = location.resourceId();
        this.resourceManager = resourceManager;
        this.services = services;
        this.slots = new TaskSlotTable(numberOfSlots);
        this.memory = new MemoryManager(resourceId.value(), services.managedMemoryBytes(), numberOfSlots);
        this.mainThread = new MainThreadExecutor("riffle-taskexecutor-" + resourceId, 4096);
        this.jobMasters = HeartbeatMonitor.start(heartbeats, services.timers(), (jobId, cause) -> run(() -> jobMasterLost(jobId, cause)));
    }

    /** Registers with the ResourceManager; the future completes when it has taken the slots. */
    public CompletableFuture<Void> start() {
        return resourceManager.registerTaskExecutor(new TaskExecutorRegistration(resourceId, slots.size(), memory.totalBytes()), this);
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
            releaseLeftoverMemory(slot);
            LIFECYCLE.info("slot {}/{} is free", resourceId, slot.index());
            if (!slots.holdsSlotsOf(slot.jobId())) {
                jobMasters.unmonitor(slot.jobId());
            }
            resourceManager.notifySlotAvailable(new SlotId(resourceId, slot.index()));
            releaseJobIfGone(slot.jobId());
        });
    }

    /** What the slot's tasks did not release themselves is a leak: give it back, so the slot's next job has the full share. */
    private void releaseLeftoverMemory(TaskSlotTable.AllocatedSlot slot) {
        Map<String, Long> leaked = memory.slot(slot.index()).releaseAll();
        if (!leaked.isEmpty()) {
            LIFECYCLE.warn("slot {}/{} of job {} was freed with {} bytes of managed memory still reserved, by {}; released them",
                    resourceId, slot.index(), slot.jobId(), leaked.values().stream().mapToLong(Long::longValue).sum(), leaked);
        }
    }

    /** The managed memory of slot {@code index}. */
    SlotMemory slotMemory(int index) {
        return memory.slot(index);
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
            CompletableFuture<ClassLoader> classLoader = jobBundles.classLoader(deployment.jobId(), deployment.jobBundle());
            if (deployment.jobBundle() == null || classLoader.isDone() && !classLoader.isCompletedExceptionally()) {
                // registered in this JVM (local, embedded): start now, or refuse the deployment as ever
                startTask(deployment, slot, loaded(classLoader));
            } else {
                // accepted; the task starts, or reports FAILED, once its job's bundle is installed
                awaitingBundle.put(deployment.executionId(), deployment);
                classLoader.whenComplete((loader, failure) -> run(() -> onJobBundle(deployment, loader, failure)));
            }
            return null;
        });
    }

    private static ClassLoader loaded(CompletableFuture<ClassLoader> classLoader) {
        try {
            return classLoader.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void startTask(TaskDeploymentDescriptor deployment, TaskSlotTable.AllocatedSlot slot, ClassLoader userCodeClassLoader) {
        Task task = new Task(deployment, services, userCodeClassLoader, memory.slot(slot.index()), slot.jobMaster(),
                state -> onTaskState(slot.jobMaster(), state));
        tasks.put(deployment.executionId(), task);
        task.start();
    }

    /** Main thread: the bundle of a waiting task's job is installed, or could not be. */
    private void onJobBundle(TaskDeploymentDescriptor deployment, ClassLoader loader, Throwable failure) {
        if (awaitingBundle.remove(deployment.executionId()) == null) {
            releaseJobIfGone(deployment.jobId()); // cancelled while it waited
            return;
        }
        Optional<TaskSlotTable.AllocatedSlot> slot = slots.byAllocation(deployment.allocationId());
        if (slot.isPresent() && failure == null) {
            startTask(deployment, slot.get(), loader);
            return;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        IllegalStateException reason = cause != null
                ? new IllegalStateException("cannot start " + deployment.taskNameWithSubtask() + " on " + resourceId + ": "
                        + cause.getMessage(), cause)
                : new IllegalStateException("cannot start " + deployment.taskNameWithSubtask() + " on " + resourceId
                        + ": its slot was freed while its job bundle was installed");
        slot.ifPresent(allocated -> onTaskState(allocated.jobMaster(), new TaskExecutionState(deployment.jobId(),
                deployment.executionId(), ExecutionState.FAILED, reason, Map.of())));
        releaseJobIfGone(deployment.jobId());
    }

    /** Main thread: once a job has no task and no slot here, its bundle (if this TaskExecutor installed one) goes. */
    private void releaseJobIfGone(JobID jobId) {
        boolean present = slots.holdsSlotsOf(jobId) || awaitingBundle.values().stream().anyMatch(waiting -> waiting.jobId().equals(jobId))
                || tasks.values().stream().anyMatch(task -> task.deployment().jobId().equals(jobId));
        if (!present && jobBundles.isInstalled(jobId)) {
            LIFECYCLE.info("job {} has no task and no slot left on {}; releasing its job bundle", jobId, resourceId);
            jobBundles.release(jobId);
        }
    }

    @Override
    public CompletableFuture<Void> cancelTask(ExecutionAttemptId executionId) {
        return supply(() -> {
            Task task = tasks.get(executionId);
            TaskDeploymentDescriptor waiting = awaitingBundle.remove(executionId);
            if (waiting != null) {
                // never started, so no task thread reports it
                slots.byAllocation(waiting.allocationId()).ifPresent(slot -> onTaskState(slot.jobMaster(),
                        TaskExecutionState.of(waiting.jobId(), executionId, ExecutionState.CANCELED)));
                releaseJobIfGone(waiting.jobId());
                return null;
            }
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
            run(() -> {
                tasks.remove(state.executionId());
                releaseJobIfGone(state.jobId());
            });
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
