package io.riffle.taskmanager.internal.taskexecutor;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.resourcemanager.ResourceManagerGateway;
import io.riffle.runtime.resourcemanager.TaskExecutorRegistration;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;

/** A ResourceManager that accepts everything and records registrations and the slots TaskExecutors free. */
final class TestingResourceManager implements ResourceManagerGateway {

    final BlockingQueue<TaskExecutorRegistration> registrations = new ArrayBlockingQueue<>(16);
    final BlockingQueue<SlotId> freedSlots = new ArrayBlockingQueue<>(16);

    @Override
    public CompletableFuture<Void> registerTaskExecutor(TaskExecutorRegistration registration, TaskExecutorGateway taskExecutor) {
        registrations.add(registration);
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
        freedSlots.add(slotId);
        return CompletableFuture.completedFuture(null);
    }
}
