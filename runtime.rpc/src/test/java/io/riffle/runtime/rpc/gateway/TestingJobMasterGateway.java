package io.riffle.runtime.rpc.gateway;

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
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A JobMaster that records its calls in {@link #calls()}, answers as told there, and by default accepts every slot offer. */
final class TestingJobMasterGateway implements JobMasterGateway {

    private final JobID jobId;
    private final TestingCalls calls = new TestingCalls();

    TestingJobMasterGateway(JobID jobId) {
        this.jobId = jobId;
        calls.answer("offerSlots", call -> CompletableFuture.completedFuture(List.copyOf((Collection<?>) call.argument(2))));
    }

    TestingCalls calls() {
        return calls;
    }

    @Override
    public JobID getJobId() {
        return jobId;
    }

    @Override
    public CompletableFuture<Collection<SlotOffer>> offerSlots(TaskManagerLocation taskManager, TaskExecutorGateway taskExecutor,
            Collection<SlotOffer> offers) {
        return calls.record("offerSlots", taskManager, taskExecutor, offers);
    }

    @Override
    public CompletableFuture<Void> updateTaskExecutionState(TaskExecutionState state) {
        return calls.record("updateTaskExecutionState", state);
    }

    @Override
    public CompletableFuture<Void> sendOperatorEventToCoordinator(ExecutionAttemptId executionId, int operatorId, OperatorEvent event) {
        return calls.record("sendOperatorEventToCoordinator", executionId, operatorId, event);
    }

    @Override
    public CompletableFuture<Void> heartbeatFromTaskManager(ResourceId taskManager) {
        return calls.record("heartbeatFromTaskManager", taskManager);
    }

    @Override
    public String toString() {
        return "TestingJobMasterGateway of job " + jobId;
    }
}
