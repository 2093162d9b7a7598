package io.riffle.taskmanager.internal.taskexecutor;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import io.riffle.runtime.taskexecutor.SlotOffer;
import io.riffle.runtime.taskexecutor.TaskExecutionState;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import java.util.Collection;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;

/** A JobMaster that takes every slot offered, records the task states reported, and answers heartbeats while alive. */
final class TestingJobMaster implements JobMasterGateway {

    final BlockingQueue<TaskExecutionState> states = new ArrayBlockingQueue<>(16);
    volatile boolean alive = true;
    private final JobID jobId;

    TestingJobMaster(JobID jobId) {
        this.jobId = jobId;
    }

    @Override
    public JobID getJobId() {
        return jobId;
    }

    @Override
    public CompletableFuture<Collection<SlotOffer>> offerSlots(TaskManagerLocation taskManager, TaskExecutorGateway taskExecutor,
            Collection<SlotOffer> offers) {
        return CompletableFuture.completedFuture(offers);
    }

    @Override
    public CompletableFuture<Void> updateTaskExecutionState(TaskExecutionState state) {
        states.add(state);
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
