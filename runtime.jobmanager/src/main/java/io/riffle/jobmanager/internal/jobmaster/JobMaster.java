package io.riffle.jobmanager.internal.jobmaster;

import io.riffle.api.common.JobID;
import io.riffle.api.common.JobStatus;
import io.riffle.api.connector.source.Source;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.runtime.dispatcher.JobResult;
import io.riffle.runtime.endpoint.MainThreadExecutor;
import io.riffle.runtime.heartbeat.HeartbeatMonitor;
import io.riffle.runtime.jobgraph.ChainedOperator;
import io.riffle.runtime.jobgraph.JobGraph;
import io.riffle.runtime.jobgraph.JobVertex;
import io.riffle.runtime.jobgraph.JobVertexId;
import io.riffle.runtime.jobgraph.TaskChain;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.resourcemanager.ResourceManagerGateway;
import io.riffle.runtime.status.ResourceManagerStatus;
import io.riffle.runtime.status.TaskManagerInfo;
import io.riffle.runtime.taskexecutor.ExecutionState;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import io.riffle.runtime.taskexecutor.SlotOffer;
import io.riffle.runtime.taskexecutor.TaskExecutionState;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import io.riffle.streaming.api.operators.SourceSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one job: declares the slots it needs, deploys its subtasks into the slots TaskExecutors
 * offer, runs its sources' split enumerators, and ends the job when every subtask has finished.
 * When a subtask fails or a TaskManager running some is lost (it stops answering heartbeats), the
 * job's {@link RestartStrategy} decides: cancel everything and deploy the whole job again after a
 * delay, into the slots it keeps and new ones the ResourceManager hands out for lost ones; or fail
 * the job (cancelling the rest).
 *
 * <p>Threading: every change of state runs on the JobMaster's main thread; gateway methods only
 * enqueue work there.
 */
public final class JobMaster implements JobMasterGateway {

    private static final Logger LIFECYCLE = LoggerFactory.getLogger("io.riffle.lifecycle.jobs");
    private static final int MAIN_THREAD_QUEUE = 65536;

    private final JobGraph jobGraph;
    private final ClassLoader userCodeClassLoader;
    private final List<ClassLoader> frameworkLoaders;
    private final ResourceManagerGateway resourceManager;
    private final ResourceManagerStatus cluster;
    private final ScheduledExecutorService timers;
    private final JobMasterSettings settings;
    private final MainThreadExecutor mainThread;
    private final HeartbeatMonitor<ResourceId> taskManagers;
    private final CompletableFuture<JobResult> result = new CompletableFuture<>();
    private final long startMillis = System.currentTimeMillis();
    private volatile JobStatus publishedStatus = JobStatus.CREATED;

    // main thread
    private JobStatus status = JobStatus.CREATED;
    private ExecutionGraph graph;
    private final List<AssignedSlot> slots = new ArrayList<>();
    private final Map<Integer, SourceCoordinator<?>> coordinators = new HashMap<>();
    private Throwable failureCause;
    private boolean deployed;
    /** False while a restart cancels the last run's subtasks and waits out its delay. */
    private boolean readyToDeploy = true;
    private boolean restartScheduled;
    private int restarts;
    private ScheduledFuture<?> slotTimeout;

    public JobMaster(JobGraph jobGraph, ClassLoader userCodeClassLoader, List<ClassLoader> frameworkLoaders,
            ResourceManagerGateway resourceManager, ResourceManagerStatus cluster, ScheduledExecutorService timers,
            JobMasterSettings settings) {
        this.jobGraph = jobGraph;
        this.userCodeClassLoader = userCodeClassLoader;
        this.frameworkLoaders = List.copyOf(frameworkLoaders);
        this.resourceManager = resourceManager;
        this.cluster = cluster;
        this.timers = timers;
        this.settings = settings;
        this.mainThread = new MainThreadExecutor("riffle-jobmaster-" + jobGraph.jobId().toHexString().substring(0, 8),
                MAIN_THREAD_QUEUE);
        this.taskManagers = HeartbeatMonitor.start(settings.heartbeats(), timers, (lost, cause) -> run(() -> taskManagerLost(lost, cause)));
    }

    @Override
    public JobID getJobId() {
        return jobGraph.jobId();
    }

    public JobStatus status() {
        return publishedStatus;
    }

    /** Completes when the job has reached a terminal status. */
    public CompletableFuture<JobResult> resultFuture() {
        return result;
    }

    /**
     * A read-only snapshot for the REST API: the execution state of each vertex's subtasks, by
     * vertex id; empty before scheduling began. Fails once the JobMaster has stopped.
     */
    public CompletableFuture<Map<JobVertexId, List<ExecutionState>>> subtaskStates() {
        return supply(() -> {
            Map<JobVertexId, List<ExecutionState>> states = new HashMap<>();
            if (graph != null) {
                for (JobVertex vertex : jobGraph.vertices()) {
                    states.put(vertex.id(), Arrays.stream(graph.subtasks(vertex.id())).map(s -> s.state).toList());
                }
            }
            return states;
        });
    }

    public void start() {
        run(this::startScheduling);
    }

    public void cancel() {
        run(() -> {
            if (!status.isGloballyTerminalState() && status != JobStatus.CANCELLING) {
                LIFECYCLE.info("job {} ({}) is being cancelled", jobGraph.name(), getJobId());
                setStatus(JobStatus.CANCELLING);
                cancelSubtasks();
            }
        });
    }

    @Override
    public CompletableFuture<Collection<SlotOffer>> offerSlots(TaskManagerLocation taskManager, TaskExecutorGateway taskExecutor,
            Collection<SlotOffer> offers) {
        return supply(() -> {
            List<SlotOffer> accepted = new ArrayList<>();
            // while running, too: a slot replacing one on a lost TaskManager may come before the loss is noticed here
            boolean accepting = status == JobStatus.CREATED || status == JobStatus.RUNNING || status == JobStatus.RESTARTING;
            for (SlotOffer offer : offers) {
                if (accepting && slots.size() < jobGraph.requiredSlots()) {
                    slots.add(new AssignedSlot(offer.allocationId(), taskManager, taskExecutor, offer.slotIndex()));
                    accepted.add(offer);
                }
            }
            if (!accepted.isEmpty() && !taskManagers.isMonitored(taskManager.resourceId())) {
                taskManagers.monitor(taskManager.resourceId(), () -> taskExecutor.heartbeatFromJobManager(getJobId()));
            }
            deployWhenReady();
            return accepted;
        });
    }

    /** Answers while the JobMaster runs: once the job has ended, its main thread refuses, and TaskExecutors let go. */
    @Override
    public CompletableFuture<Void> heartbeatFromTaskManager(ResourceId taskManager) {
        return supply(() -> null);
    }

    @Override
    public CompletableFuture<Void> updateTaskExecutionState(TaskExecutionState state) {
        return supply(() -> {
            onTaskState(state);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> sendOperatorEventToCoordinator(ExecutionAttemptId executionId, int operatorId, OperatorEvent event) {
        return supply(() -> {
            ExecutionVertex subtask = graph == null ? null : graph.byAttempt(executionId);
            SourceCoordinator<?> coordinator = coordinators.get(operatorId);
            if (subtask == null || coordinator == null || status != JobStatus.RUNNING) {
                return null;
            }
            try {
                coordinator.handleEvent(subtask.subtaskIndex, event);
            } catch (RuntimeException e) {
                failJob(e);
            }
            return null;
        });
    }

    // ---- main thread ----

    private void startScheduling() {
        try {
            graph = new ExecutionGraph(jobGraph, 0);
            createSourceCoordinators();
        } catch (Throwable t) {
            failJob(t);
            return;
        }
        int required = jobGraph.requiredSlots();
        LIFECYCLE.info("job {} ({}) submitted: {} tasks in {} vertices, needs {} slots", jobGraph.name(), getJobId(),
                graph.all().size(), jobGraph.vertices().size(), required);
        resourceManager.declareRequiredSlots(getJobId(), this, required).whenComplete((ok, failure) -> {
            if (failure != null) {
                run(() -> failJob(failure));
            }
        });
        scheduleSlotTimeout();
    }

    private void scheduleSlotTimeout() {
        int attempt = restarts;
        slotTimeout = timers.schedule(() -> run(() -> {
            if (!deployed && readyToDeploy && restarts == attempt && (status == JobStatus.CREATED || status == JobStatus.RESTARTING)) {
                slotRequestTimedOut();
            }
        }), settings.slotRequestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void slotRequestTimedOut() {
        NoResourceAvailableException timeout = new NoResourceAvailableException("job " + jobGraph.name() + " (" + getJobId()
                + ") did not get its slots within " + settings.slotRequestTimeout().toMillis() + " ms: needed "
                + jobGraph.requiredSlots() + " slots, got " + slots.size() + "; " + clusterSlots());
        if (status == JobStatus.RESTARTING && settings.restartStrategy().canRestart(restarts)) {
            restarts++;
            failureCause = timeout;
            LIFECYCLE.warn("job {} ({}): {}; trying again ({} of {} restarts)", jobGraph.name(), getJobId(), timeout.getMessage(), restarts,
                    settings.restartStrategy().maxRestarts());
            readyToDeploy = false;
            restartWhenAllTerminal();
        } else {
            failJob(timeout);
        }
    }

    private void createSourceCoordinators() throws Exception {
        for (JobVertex vertex : jobGraph.vertices()) {
            if (vertex.sourceOperatorIds().isEmpty()) {
                continue;
            }
            TaskChain chain = vertex.operatorChain().deserialize(userCodeClassLoader, frameworkLoaders);
            for (ChainedOperator operator : chain.operators()) {
                if (operator.spec() instanceof SourceSpec sourceSpec) {
                    SourceCoordinator<?> coordinator = newCoordinator(operator.operatorId(), sourceSpec.function(), vertex);
                    coordinators.put(operator.operatorId(), coordinator);
                    coordinator.start();
                }
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private SourceCoordinator<?> newCoordinator(int operatorId, Source<?, ?, ?> source, JobVertex vertex) {
        return new SourceCoordinator(operatorId, source, vertex.parallelism(), (subtask, event) -> {
            ExecutionVertex reader = graph.subtasks(vertex.id())[subtask];
            reader.slot.taskExecutor().sendOperatorEvent(reader.attemptId, operatorId, (OperatorEvent) event)
                    .whenComplete((ok, failure) -> {
                        if (failure != null) {
                            // a reader of an earlier run, or one that ended meanwhile, misses nothing
                            run(() -> {
                                if (graph.byAttempt(reader.attemptId) == reader && !reader.state.isTerminal()) {
                                    handleFailure(failure);
                                }
                            });
                        }
                    });
        });
    }

    /** What the cluster has, for a job that waited in vain: "the cluster has 3 slots on 2 TaskManagers, 1 free". */
    private String clusterSlots() {
        List<TaskManagerInfo> taskManagers = cluster.taskManagers();
        int total = taskManagers.stream().mapToInt(TaskManagerInfo::slotsTotal).sum();
        int free = taskManagers.stream().mapToInt(TaskManagerInfo::slotsFree).sum();
        return "the cluster has " + total + " slots on " + taskManagers.size() + " TaskManagers, " + free + " free";
    }

    private void deployWhenReady() {
        if (!deployed && readyToDeploy && (status == JobStatus.CREATED || status == JobStatus.RESTARTING)
                && slots.size() == jobGraph.requiredSlots()) {
            deploy();
        }
    }

    private void deploy() {
        deployed = true;
        if (slotTimeout != null) {
            slotTimeout.cancel(false);
        }
        SlotAssignment.assign(graph, slots);
        setStatus(JobStatus.RUNNING);
        for (ExecutionVertex subtask : graph.all()) {
            subtask.state = ExecutionState.DEPLOYING;
            TaskExecutorGateway taskExecutor = subtask.slot.taskExecutor();
            taskExecutor.submitTask(DeploymentFactory.create(graph, subtask)).whenComplete((ok, failure) -> {
                if (failure != null) {
                    run(() -> deploymentFailed(subtask, failure));
                }
            });
        }
    }

    /**
     * A TaskExecutor did not take a subtask: it may be gone without the heartbeats having noticed yet.
     * The job lets go of that slot, so a restart waits for another one instead of trying it again.
     */
    private void deploymentFailed(ExecutionVertex subtask, Throwable failure) {
        if (graph.byAttempt(subtask.attemptId) != subtask || subtask.state.isTerminal()) {
            return;
        }
        AssignedSlot slot = subtask.slot;
        if (slots.remove(slot)) {
            slot.taskExecutor().freeSlot(slot.allocationId());
            ResourceId taskManager = slot.taskManager().resourceId();
            if (slots.stream().noneMatch(held -> held.taskManager().resourceId().equals(taskManager))) {
                taskManagers.unmonitor(taskManager); // the job counts on it no more: its loss is no failure of the job
            }
        }
        subtask.state = ExecutionState.FAILED;
        handleFailure(new IllegalStateException("could not deploy " + subtask.name() + " to TaskManager " + slot.taskManager() + ": "
                + failure.getMessage(), failure));
    }

    private void onTaskState(TaskExecutionState state) {
        ExecutionVertex subtask = graph == null ? null : graph.byAttempt(state.executionId());
        if (subtask == null || subtask.state.isTerminal()) {
            return;
        }
        subtask.state = state.state();
        switch (state.state()) {
            case FINISHED -> {
                subtask.accumulators = state.accumulators();
                if (status == JobStatus.FAILING || status == JobStatus.CANCELLING || status == JobStatus.RESTARTING) {
                    // it finished before the cancel reached it: it may be the last subtask the job waits for
                    finishWhenAllTerminal();
                } else if (graph.all().stream().allMatch(s -> s.state == ExecutionState.FINISHED)) {
                    finish(JobStatus.FINISHED);
                }
            }
            case FAILED -> {
                if (status == JobStatus.FAILING || status == JobStatus.CANCELLING || status == JobStatus.RESTARTING) {
                    // a second failure while the job already ends or restarts: keep the first cause, but count this subtask as ended
                    finishWhenAllTerminal();
                } else {
                    handleFailure(state.failure());
                }
            }
            case CANCELED -> {
                if (status == JobStatus.FAILING || status == JobStatus.CANCELLING || status == JobStatus.RESTARTING) {
                    finishWhenAllTerminal();
                } else {
                    handleFailure(new IllegalStateException("task " + subtask.name() + " was cancelled unexpectedly"));
                }
            }
            default -> { }
        }
    }

    /** A subtask failed or a TaskManager was lost: restart the job if the strategy allows, else fail it. */
    private void handleFailure(Throwable cause) {
        if (status == JobStatus.RESTARTING) {
            finishWhenAllTerminal();
        } else if (deployed && status == JobStatus.RUNNING && settings.restartStrategy().canRestart(restarts)) {
            restarts++;
            failureCause = cause;
            LIFECYCLE.warn("job {} ({}) failed: {}; restarting it in {} ms ({} of {} restarts)", jobGraph.name(), getJobId(),
                    String.valueOf(cause), settings.restartStrategy().delay().toMillis(), restarts,
                    settings.restartStrategy().maxRestarts());
            setStatus(JobStatus.RESTARTING);
            readyToDeploy = false;
            cancelSubtasks();
        } else {
            failJob(cause);
        }
    }

    /** Once every subtask of the last run has ended, deploys the job again after the strategy's delay. */
    private void restartWhenAllTerminal() {
        if (restartScheduled || !graph.all().stream().allMatch(s -> s.state.isTerminal())) {
            return;
        }
        restartScheduled = true;
        timers.schedule(() -> run(this::restart), settings.restartStrategy().delay().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void restart() {
        restartScheduled = false;
        if (status != JobStatus.RESTARTING) {
            return;
        }
        closeCoordinators();
        coordinators.clear();
        try {
            graph = new ExecutionGraph(jobGraph, restarts);
            createSourceCoordinators();
        } catch (Throwable t) {
            failJob(t);
            return;
        }
        deployed = false;
        readyToDeploy = true;
        LIFECYCLE.info("job {} ({}) restarts (attempt {}): needs {} slots, has {}", jobGraph.name(), getJobId(), restarts,
                jobGraph.requiredSlots(), slots.size());
        scheduleSlotTimeout();
        deployWhenReady();
    }

    /**
     * A TaskManager stopped answering heartbeats: its slots are gone and its subtasks count as failed
     * (nobody is left to report them). The ResourceManager notices on its own and hands out new slots.
     */
    private void taskManagerLost(ResourceId lost, Exception cause) {
        if (status.isGloballyTerminalState()) {
            return;
        }
        slots.removeIf(slot -> slot.taskManager().resourceId().equals(lost));
        LIFECYCLE.warn("job {} ({}): TaskManager {} is lost: {}", jobGraph.name(), getJobId(), lost, cause.getMessage());
        if (graph == null || !deployed) {
            return;
        }
        for (ExecutionVertex subtask : graph.all()) {
            if (subtask.slot != null && subtask.slot.taskManager().resourceId().equals(lost) && !subtask.state.isTerminal()) {
                subtask.state = ExecutionState.FAILED;
            }
        }
        if (status == JobStatus.FAILING || status == JobStatus.CANCELLING) {
            finishWhenAllTerminal();
        } else {
            handleFailure(new TaskManagerLostException("TaskManager " + lost + " is lost: " + cause.getMessage(), cause));
        }
    }

    private void failJob(Throwable cause) {
        if (status.isGloballyTerminalState() || status == JobStatus.FAILING) {
            return;
        }
        failureCause = cause;
        LIFECYCLE.warn("job {} ({}) failed: {}", jobGraph.name(), getJobId(), String.valueOf(cause));
        setStatus(JobStatus.FAILING);
        cancelSubtasks();
    }

    private void cancelSubtasks() {
        if (graph == null) {
            finishWhenAllTerminal();
            return;
        }
        for (ExecutionVertex subtask : graph.all()) {
            if (subtask.state == ExecutionState.CREATED) {
                subtask.state = ExecutionState.CANCELED;
            } else if (!subtask.state.isTerminal() && subtask.state != ExecutionState.CANCELING) {
                subtask.state = ExecutionState.CANCELING;
                subtask.slot.taskExecutor().cancelTask(subtask.attemptId).whenComplete((ok, failure) -> {
                    if (failure != null) {
                        run(() -> onTaskState(TaskExecutionState.of(getJobId(), subtask.attemptId, ExecutionState.CANCELED)));
                    }
                });
            }
        }
        finishWhenAllTerminal();
    }

    private void finishWhenAllTerminal() {
        if (status == JobStatus.RESTARTING) {
            restartWhenAllTerminal();
            return;
        }
        if (graph == null || graph.all().stream().allMatch(s -> s.state.isTerminal())) {
            finish(status == JobStatus.CANCELLING ? JobStatus.CANCELED : JobStatus.FAILED);
        }
    }

    private void finish(JobStatus terminal) {
        Map<String, Object> accumulators = Map.of();
        if (terminal == JobStatus.FINISHED) {
            try {
                accumulators = AccumulatorResults.merge(graph.all());
            } catch (RuntimeException e) {
                failureCause = e;
                terminal = JobStatus.FAILED;
            }
        }
        setStatus(terminal);
        if (slotTimeout != null) {
            slotTimeout.cancel(false);
        }
        closeCoordinators();
        taskManagers.close();
        // withdraw the declaration before freeing slots, so the ResourceManager never hands a freed slot back to this job
        resourceManager.declareRequiredSlots(getJobId(), this, 0);
        for (AssignedSlot slot : slots) {
            slot.taskExecutor().freeSlot(slot.allocationId());
        }
        long runtime = System.currentTimeMillis() - startMillis;
        LIFECYCLE.info("job {} ({}) {} after {} ms", jobGraph.name(), getJobId(), terminal, runtime);
        result.complete(new JobResult(getJobId(), jobGraph.name(), terminal, runtime,
                terminal == JobStatus.FAILED ? failureCause : null, accumulators));
        mainThread.shutdown();
    }

    private void closeCoordinators() {
        for (SourceCoordinator<?> coordinator : coordinators.values()) {
            try {
                coordinator.close();
            } catch (Exception e) {
                LIFECYCLE.warn("closing the split enumerator of source operator {} failed", coordinator.operatorId(), e);
            }
        }
    }

    private void setStatus(JobStatus newStatus) {
        status = newStatus;
        publishedStatus = newStatus;
    }

    private void run(Runnable action) {
        try {
            mainThread.execute(action);
        } catch (RejectedExecutionException e) {
            LIFECYCLE.debug("job {}: dropping work after the JobMaster stopped", getJobId(), e);
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
