package io.riffle.runtime.resourcemanager;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/** The cluster's ResourceManager. Every call returns at once; state changes run on its main thread. */
@ProviderType
public interface ResourceManagerGateway {

    /** A TaskExecutor joins the cluster with all its slots free. */
    CompletableFuture<Void> registerTaskExecutor(TaskExecutorRegistration registration, TaskExecutorGateway taskExecutor);

    /** A TaskExecutor leaves: its slots are gone. */
    CompletableFuture<Void> disconnectTaskExecutor(ResourceId resourceId, Throwable cause);

    /**
     * Declares how many slots a job needs in total (0 when it ends). The ResourceManager allocates
     * free slots to the job until the declaration is met, asking the TaskExecutors to offer them to
     * {@code jobMaster}.
     */
    CompletableFuture<Void> declareRequiredSlots(JobID jobId, JobMasterGateway jobMaster, int requiredSlots);

    /** A TaskExecutor freed a slot: it can be allocated again. */
    CompletableFuture<Void> notifySlotAvailable(SlotId slotId);
}
