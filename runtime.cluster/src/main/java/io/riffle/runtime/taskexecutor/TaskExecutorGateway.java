package io.riffle.runtime.taskexecutor;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.AllocationId;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.deployment.TaskDeploymentDescriptor;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A TaskManager's TaskExecutor: runs tasks in its slots. Every call returns at once; the future
 * completes when the TaskExecutor's main thread has handled it.
 */
@ProviderType
public interface TaskExecutorGateway {

    ResourceId getResourceId();

    /**
     * The ResourceManager allocates slot {@code slotId} to a job: the TaskExecutor offers it to the
     * job's JobMaster.
     */
    CompletableFuture<Void> requestSlot(SlotId slotId, JobID jobId, AllocationId allocationId, JobMasterGateway jobMaster);

    /** Frees a slot the job no longer needs; it goes back to the ResourceManager's free slots. */
    CompletableFuture<Void> freeSlot(AllocationId allocationId);

    /** Starts a task in the slot of its allocation. */
    CompletableFuture<Void> submitTask(TaskDeploymentDescriptor deployment);

    /** Cancels a task; it reports CANCELED once its thread has stopped. */
    CompletableFuture<Void> cancelTask(ExecutionAttemptId executionId);

    /** Hands an event from a split enumerator to the source reader of operator {@code operatorId} in a task. */
    CompletableFuture<Void> sendOperatorEvent(ExecutionAttemptId executionId, int operatorId, OperatorEvent event);

    /**
     * The ResourceManager asks whether this TaskExecutor is alive: completes once its main thread
     * got to the request, so an answer also means the TaskExecutor is not stuck. Cheap: no state changes.
     */
    CompletableFuture<Void> heartbeatFromResourceManager();

    /**
     * The JobMaster of {@code jobId} asks whether this TaskExecutor is alive and still holds slots of
     * the job: completes through its main thread, and fails if it holds none (it restarted, or freed them).
     */
    CompletableFuture<Void> heartbeatFromJobManager(JobID jobId);
}
