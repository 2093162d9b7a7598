package io.riffle.runtime.jobmaster;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import io.riffle.runtime.taskexecutor.SlotOffer;
import io.riffle.runtime.taskexecutor.TaskExecutionState;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/** The JobMaster of one job. Every call returns at once; state changes run on its main thread. */
@ProviderType
public interface JobMasterGateway {

    JobID getJobId();

    /** A TaskExecutor offers slots; the future holds the offers the JobMaster accepted. */
    CompletableFuture<Collection<SlotOffer>> offerSlots(TaskManagerLocation taskManager, TaskExecutorGateway taskExecutor,
            Collection<SlotOffer> offers);

    CompletableFuture<Void> updateTaskExecutionState(TaskExecutionState state);

    /** A source reader's event for the split enumerator of operator {@code operatorId}. */
    CompletableFuture<Void> sendOperatorEventToCoordinator(ExecutionAttemptId executionId, int operatorId, OperatorEvent event);

    /**
     * A TaskExecutor holding slots of this job asks whether the JobMaster is alive: completes through
     * its main thread, and fails once the job has ended or the JobMaster no longer counts on that
     * TaskExecutor, so the TaskExecutor frees what it holds for the job.
     */
    CompletableFuture<Void> heartbeatFromTaskManager(ResourceId taskManager);
}
