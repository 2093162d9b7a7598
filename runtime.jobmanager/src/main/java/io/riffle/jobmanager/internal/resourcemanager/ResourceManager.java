package io.riffle.jobmanager.internal.resourcemanager;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.endpoint.MainThreadExecutor;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.provider.Registration;
import io.riffle.runtime.provider.ResourceProvider;
import io.riffle.runtime.provider.WorkerId;
import io.riffle.runtime.provider.WorkerSpec;
import io.riffle.runtime.provider.WorkerTermination;
import io.riffle.runtime.resourcemanager.ResourceManagerGateway;
import io.riffle.runtime.resourcemanager.TaskExecutorRegistration;
import io.riffle.runtime.status.ResourceManagerStatus;
import io.riffle.runtime.status.ResourceProvidersInfo;
import io.riffle.runtime.status.TaskManagerInfo;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Obtains workers (TaskManagers) through the resource provider its configuration names.
 *
 * <p>All resource provider services are bound (dynamic, greedy), so that providers can be started,
 * stopped or updated while the JobManager runs; the one of the configured type that comes first in
 * service order is used. Worker requests made while there is none wait, up to a limit, and are
 * served when one arrives.
 *
 * <p>Threading: every change of state runs on the ResourceManager's main thread; the SCR callbacks
 * and public methods only enqueue work there, so fields marked "main thread" need no locks and
 * calls into providers never happen under a lock.
 */
// immediate: the ResourceManager coordinates the cluster from the start, whether or not anyone reads its status
@Component(configurationPid = ResourceManager.PID, service = {ResourceManagerStatus.class, ResourceManagerGateway.class}, immediate = true)
@Designate(ocd = ResourceManagerConfiguration.class)
public final class ResourceManager implements ResourceManagerStatus, ResourceManagerGateway {

    public static final String PID = "io.riffle.resourcemanager";

    private static final Logger LOG = LoggerFactory.getLogger(ResourceManager.class);
    /** Lifecycle of providers and workers, for operators following the cluster. */
    private static final Logger LIFECYCLE = LoggerFactory.getLogger("io.riffle.lifecycle.resources");
    private static final int MAIN_THREAD_QUEUE = 4096;

    private final MainThreadExecutor mainThread = new MainThreadExecutor("riffle-resourcemanager", MAIN_THREAD_QUEUE);

    // main thread
    private final BoundProviders providers = new BoundProviders();
    private final SlotManager slots = new SlotManager(mainThread);
    private final PendingWorkerRequests pending;
    private ResourceManagerSettings settings;
    private BoundProvider active;
    private Registration terminations = Registration.NONE;

    /** The latest state, published by the main thread for readers on any thread. */
    private volatile ResourceProvidersInfo info;

    @Activate
    public ResourceManager(ResourceManagerConfiguration configuration) {
        this(ResourceManagerSettings.from(configuration));
    }

    public ResourceManager(ResourceManagerSettings settings) {
        this.settings = settings;
        this.pending = new PendingWorkerRequests(settings.pendingWorkerRequestsMax());
        this.info = snapshot();
        LIFECYCLE.info("ResourceManager started; it uses the resource provider of type '{}'", settings.providerType());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void bindResourceProvider(ResourceProvider provider, Map<String, Object> properties) {
        Optional<BoundProvider> bound = BoundProvider.of(provider, properties);
        if (bound.isEmpty()) {
            LOG.warn("ignoring resource provider {} ({}): it has no service property {} naming its type",
                    properties.get("service.id"), provider.getClass().getName(), ResourceProvider.TYPE_PROPERTY);
            return;
        }
        onMainThread(() -> {
            providers.add(bound.get());
            LIFECYCLE.info("resource provider {} is available", bound.get());
            selectProvider();
        });
    }

    public void updatedResourceProvider(ResourceProvider provider, Map<String, Object> properties) {
        onMainThread(() -> {
            providers.remove(provider);
            BoundProvider.of(provider, properties).ifPresent(providers::add);
            selectProvider();
        });
    }

    public void unbindResourceProvider(ResourceProvider provider) {
        onMainThread(() -> {
            providers.remove(provider);
            selectProvider();
        });
    }

    @Modified
    void modified(ResourceManagerConfiguration configuration) {
        ResourceManagerSettings changed;
        try {
            changed = ResourceManagerSettings.from(configuration);
        } catch (IllegalArgumentException e) {
            LOG.error("ignoring the new ResourceManager configuration, keeping the current one: {}", e.getMessage());
            return;
        }
        reconfigure(changed);
    }

    /** Applies new settings without restarting: a new provider type switches providers at once. */
    public void reconfigure(ResourceManagerSettings changed) {
        onMainThread(() -> {
            if (!changed.providerType().equals(settings.providerType())) {
                LIFECYCLE.info("resource provider type changed from '{}' to '{}'", settings.providerType(),
                        changed.providerType());
            }
            settings = changed;
            pending.setCapacity(changed.pendingWorkerRequestsMax());
            selectProvider();
        });
    }

    /**
     * Asks the provider in use for a worker. The future fails with the provider's reason if it
     * cannot start one, or at once if too many requests already wait for a provider.
     */
    public CompletableFuture<WorkerId> requestWorker(WorkerSpec spec) {
        CompletableFuture<WorkerId> result = new CompletableFuture<>();
        try {
            mainThread.execute(() -> {
                if (active != null) {
                    startWorker(active, new PendingWorkerRequests.Request(spec, result));
                } else if (pending.offer(new PendingWorkerRequests.Request(spec, result))) {
                    LIFECYCLE.info("worker request for {} slots waits for a resource provider of type '{}'",
                            spec.slots(), settings.providerType());
                } else {
                    result.completeExceptionally(new IllegalStateException("cannot accept the worker request: "
                            + pending.size() + " requests already wait for a resource provider of type '"
                            + settings.providerType() + "' (limit " + pending.capacity()
                            + ", set by pending.worker.requests.max)"));
                }
                publish();
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    @Override
    public CompletableFuture<Void> registerTaskExecutor(TaskExecutorRegistration registration, TaskExecutorGateway taskExecutor) {
        return runOnMainThread(() -> slots.registerTaskExecutor(registration.resourceId(), taskExecutor, registration.numberOfSlots(),
                registration.managedMemoryBytes()));
    }

    @Override
    public CompletableFuture<Void> disconnectTaskExecutor(ResourceId resourceId, Throwable cause) {
        return runOnMainThread(() -> slots.unregisterTaskExecutor(resourceId, cause));
    }

    @Override
    public CompletableFuture<Void> declareRequiredSlots(JobID jobId, JobMasterGateway jobMaster, int requiredSlots) {
        return runOnMainThread(() -> slots.declare(jobId, jobMaster, requiredSlots));
    }

    @Override
    public CompletableFuture<Void> notifySlotAvailable(SlotId slotId) {
        return runOnMainThread(() -> slots.slotAvailable(slotId));
    }

    private CompletableFuture<Void> runOnMainThread(Runnable change) {
        try {
            return CompletableFuture.runAsync(change, mainThread);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public ResourceProvidersInfo resourceProviders() {
        return info;
    }

    @Override
    public List<TaskManagerInfo> taskManagers() {
        return slots.taskManagers();
    }

    /** The state once every change enqueued before this call has been applied. */
    CompletableFuture<ResourceProvidersInfo> resourceProvidersAfterQueuedChanges() {
        return mainThread.supply(this::snapshot);
    }

    @Deactivate
    public void close() {
        try {
            mainThread.execute(() -> {
                terminations.close();
                for (PendingWorkerRequests.Request request : pending.drain()) {
                    request.result().completeExceptionally(new IllegalStateException(
                            "the ResourceManager stopped before a resource provider of type '"
                                    + settings.providerType() + "' became available"));
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("ResourceManager already stopped", e);
        }
        mainThread.close();
        LIFECYCLE.info("ResourceManager stopped");
    }

    // ---- main thread ----

    private void selectProvider() {
        BoundProvider best = providers.best(settings.providerType()).orElse(null);
        if (best != active) {
            terminations.close();
            terminations = Registration.NONE;
            active = best;
            if (best == null) {
                LIFECYCLE.warn("no resource provider of type '{}' is available (available: {});"
                        + " worker requests wait until one is", settings.providerType(), providers.types());
            } else {
                LIFECYCLE.info("resource provider {} is now in use", best);
                terminations = best.provider().onWorkerTerminated(this::onWorkerTerminated);
                pending.drain().forEach(request -> startWorker(best, request));
            }
        }
        publish();
    }

    private void startWorker(BoundProvider provider, PendingWorkerRequests.Request request) {
        CompletableFuture<WorkerId> started;
        try {
            started = provider.provider().startWorker(request.spec());
        } catch (RuntimeException e) {
            started = CompletableFuture.failedFuture(e);
        }
        started.whenComplete((worker, failure) -> {
            if (failure == null) {
                LIFECYCLE.info("resource provider {} started worker {} with {} slots", provider, worker,
                        request.spec().slots());
                request.result().complete(worker);
            } else {
                LIFECYCLE.warn("resource provider {} could not start a worker: {}", provider, failure.getMessage());
                request.result().completeExceptionally(failure);
            }
        });
    }

    private void onWorkerTerminated(WorkerTermination termination) {
        onMainThread(() -> LIFECYCLE.warn("worker {} terminated: {}", termination.worker(), termination.reason()));
    }

    private void publish() {
        info = snapshot();
    }

    private ResourceProvidersInfo snapshot() {
        return new ResourceProvidersInfo(settings.providerType(), Optional.ofNullable(active).map(BoundProvider::type),
                providers.types(), pending.size());
    }

    private void onMainThread(Runnable change) {
        try {
            mainThread.execute(change);
        } catch (RejectedExecutionException e) {
            if (mainThread.isShutdown()) {
                LOG.debug("ResourceManager is stopped; ignoring a late change", e);
            } else {
                LOG.warn("ResourceManager dropped a change: {}", e.getMessage());
            }
        }
    }
}
