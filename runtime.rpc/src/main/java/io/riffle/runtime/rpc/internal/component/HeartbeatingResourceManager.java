package io.riffle.runtime.rpc.internal.component;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.heartbeat.HeartbeatMonitor;
import io.riffle.runtime.heartbeat.HeartbeatSettings;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.resourcemanager.ResourceManagerGateway;
import io.riffle.runtime.resourcemanager.TaskExecutorRegistration;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ResourceManager as TaskManagers reach it over RPC: every TaskExecutor that registers is
 * monitored by heartbeats until it disconnects; one that is lost is disconnected on its behalf, so
 * the ResourceManager drops its slots (and logs it on {@code io.riffle.lifecycle.resources}).
 *
 * <p>A decorator here, in the RPC wiring, rather than in the ResourceManager: only TaskExecutors in
 * other processes can die on their own, and the heartbeat settings are those of the cluster
 * configuration this wiring reads. The ResourceManager and the local cluster stay as they are.
 */
final class HeartbeatingResourceManager implements ResourceManagerGateway {

    private static final Logger LOG = LoggerFactory.getLogger(HeartbeatingResourceManager.class);

    private final ResourceManagerGateway resourceManager;
    private final HeartbeatMonitor<ResourceId> heartbeats;

    /** @param timer the thread that asks for heartbeats; it must only hand work on */
    HeartbeatingResourceManager(ResourceManagerGateway resourceManager, HeartbeatSettings settings, ScheduledExecutorService timer) {
        this.resourceManager = resourceManager;
        // 'this' escapes before the constructor ends, harmlessly: nothing is lost before something registers
        this.heartbeats = HeartbeatMonitor.start(settings, timer, this::targetLost);
    }

    HeartbeatSettings settings() {
        return heartbeats.settings();
    }

    /** Stops the heartbeats; no TaskExecutor is disconnected for it. */
    void close() {
        heartbeats.close();
    }

    /** A TaskExecutor stopped answering heartbeats: the ResourceManager disconnects it, with the reason. */
    private void targetLost(ResourceId resourceId, Exception cause) {
        LOG.debug("TaskExecutor {} is lost", resourceId, cause);
        resourceManager.disconnectTaskExecutor(resourceId, cause).whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.warn("could not disconnect the lost TaskExecutor {}: {}", resourceId, failure.getMessage());
            }
        });
    }

    @Override
    public CompletableFuture<Void> registerTaskExecutor(TaskExecutorRegistration registration, TaskExecutorGateway taskExecutor) {
        return resourceManager.registerTaskExecutor(registration, taskExecutor)
                .thenRun(() -> heartbeats.monitor(registration.resourceId(), taskExecutor::heartbeatFromResourceManager));
    }

    @Override
    public CompletableFuture<Void> disconnectTaskExecutor(ResourceId resourceId, Throwable cause) {
        heartbeats.unmonitor(resourceId);
        return resourceManager.disconnectTaskExecutor(resourceId, cause);
    }

    @Override
    public CompletableFuture<Void> declareRequiredSlots(JobID jobId, JobMasterGateway jobMaster, int requiredSlots) {
        return resourceManager.declareRequiredSlots(jobId, jobMaster, requiredSlots);
    }

    @Override
    public CompletableFuture<Void> notifySlotAvailable(SlotId slotId) {
        return resourceManager.notifySlotAvailable(slotId);
    }

    @Override
    public String toString() {
        return resourceManager + " (heartbeats " + heartbeats.settings().intervalMs() + " / " + heartbeats.settings().timeoutMs() + " ms)";
    }
}
