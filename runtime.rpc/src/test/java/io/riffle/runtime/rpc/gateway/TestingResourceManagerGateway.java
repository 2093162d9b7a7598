package io.riffle.runtime.rpc.gateway;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.resourcemanager.ResourceManagerGateway;
import io.riffle.runtime.resourcemanager.TaskExecutorRegistration;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import java.util.concurrent.CompletableFuture;

/** A ResourceManager that records its calls in {@link #calls()} and answers as told there. */
final class TestingResourceManagerGateway implements ResourceManagerGateway {

    private final TestingCalls calls = new TestingCalls();

    TestingCalls calls() {
        return calls;
    }

    @Override
    public CompletableFuture<Void> registerTaskExecutor(TaskExecutorRegistration registration, TaskExecutorGateway taskExecutor) {
        return calls.record("registerTaskExecutor", registration, taskExecutor);
    }

    @Override
    public CompletableFuture<Void> disconnectTaskExecutor(ResourceId resourceId, Throwable cause) {
        return calls.record("disconnectTaskExecutor", resourceId, cause);
    }

    @Override
    public CompletableFuture<Void> declareRequiredSlots(JobID jobId, JobMasterGateway jobMaster, int requiredSlots) {
        return calls.record("declareRequiredSlots", jobId, jobMaster, requiredSlots);
    }

    @Override
    public CompletableFuture<Void> notifySlotAvailable(SlotId slotId) {
        return calls.record("notifySlotAvailable", slotId);
    }

    @Override
    public String toString() {
        return "TestingResourceManagerGateway";
    }
}
