package io.riffle.runtime.rpc.internal.component;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.endpoint.TimerThread;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.resourcemanager.ResourceManagerGateway;
import io.riffle.runtime.resourcemanager.TaskExecutorRegistration;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.rpc.gateway.RemoteResourceManagerGateway;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TaskManager process: the {@link ResourceManagerGateway} service of this framework is the
 * JobManager's ResourceManager, reached at {@code jobmanager.rpc.address:jobmanager.rpc.port/resourcemanager}
 * (with the fixed {@link ProcessRpc#RESOURCE_MANAGER_TOKEN}), so that the TaskExecutors of this
 * process activate and register with it. It has the service property {@value #REMOTE_PROPERTY}.
 *
 * <p>{@link #registerTaskExecutor} does two things on top of the remote call, so that the
 * TaskExecutor needs to know nothing of RPC:
 * <ul>
 * <li>it serves the TaskExecutor on this process's RPC service as {@code taskexecutor-<resourceId>}
 * before registering, since the ResourceManager calls it back through that address;</li>
 * <li>it retries a failed registration (the JobManager may not be up yet) with back-off, 100 ms
 * doubling up to 5 s, scheduled on a timer thread, until it succeeds or this component stops. Each
 * back-off level logs its failure once at INFO; further failures at the 5 s level log at DEBUG.</li>
 * </ul>
 * A served TaskExecutor stops being served when its {@code TaskExecutorGateway} service goes away,
 * or when this component stops.
 */
@Component(configurationPid = ProcessRpc.CLUSTER_PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = ResourceManagerGateway.class, property = RemoteResourceManagerComponent.REMOTE_PROPERTY + ":Boolean=true")
public final class RemoteResourceManagerComponent implements ResourceManagerGateway {

    /** Service property marking a ResourceManager gateway that is remote, so that it is not served again. */
    public static final String REMOTE_PROPERTY = "riffle.remote";
    static final long FIRST_DELAY_MS = 100;
    static final long MAX_DELAY_MS = 5_000;

    private static final Logger LOG = LoggerFactory.getLogger(RemoteResourceManagerComponent.class);

    private final ProcessRpc process;
    private final RemoteResourceManagerGateway remote;
    private final ScheduledExecutorService timer = TimerThread.create("riffle-rpc-registration");
    /** TaskExecutors this component serves, by identity. */
    private final Map<TaskExecutorGateway, Boolean> served = Collections.synchronizedMap(new IdentityHashMap<>());
    private volatile boolean closed;

    @Activate
    public RemoteResourceManagerComponent(ClusterConfiguration configuration,
            @Reference(target = "(" + ProcessRpc.ROLE_PROPERTY + "=" + ProcessRpc.TASKMANAGER + ")") ProcessRpc process) {
        this.process = process;
        RpcAddress address = new RpcAddress(configuration.jobmanager_rpc_address(), configuration.jobmanager_rpc_port(),
                ProcessRpc.RESOURCE_MANAGER_ENDPOINT, ProcessRpc.RESOURCE_MANAGER_TOKEN);
        this.remote = new RemoteResourceManagerGateway(process.rpc(), address, process.addresses());
        LOG.info("the ResourceManager of this TaskManager is at {}", address);
    }

    @Override
    public CompletableFuture<Void> registerTaskExecutor(TaskExecutorRegistration registration, TaskExecutorGateway taskExecutor) {
        try {
            serve(registration.resourceId(), taskExecutor);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Void> result = new CompletableFuture<>();
        attempt(registration, taskExecutor, result, FIRST_DELAY_MS, 0);
        return result;
    }

    private void serve(ResourceId resourceId, TaskExecutorGateway taskExecutor) {
        synchronized (served) {
            if (served.putIfAbsent(taskExecutor, Boolean.TRUE) == null) {
                try {
                    RpcAddress address = process.endpoints().serveTaskExecutor("taskexecutor-" + resourceId, taskExecutor);
                    LOG.info("TaskExecutor {} served at {}", resourceId, address);
                } catch (RuntimeException e) {
                    served.remove(taskExecutor);
                    throw e;
                }
            }
        }
    }

    /**
     * One registration attempt; on failure the next one after {@code delay} ms.
     *
     * @param loggedDelay the delay whose failure was last logged at INFO (0: none yet)
     */
    private void attempt(TaskExecutorRegistration registration, TaskExecutorGateway taskExecutor, CompletableFuture<Void> result,
            long delay, long loggedDelay) {
        if (closed) {
            result.completeExceptionally(new CancellationException("the TaskManager's RPC wiring stopped"));
            return;
        }
        remote.registerTaskExecutor(registration, taskExecutor).whenComplete((ok, failure) -> {
            if (failure == null) {
                LOG.info("TaskExecutor {} registered with the ResourceManager at {}", registration.resourceId(), remote.address());
                result.complete(null);
                return;
            }
            if (closed) {
                result.completeExceptionally(failure);
                return;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (delay != loggedDelay) {
                LOG.info("TaskExecutor {} could not register with the ResourceManager at {} ({}); retrying in {} ms{}",
                        registration.resourceId(), remote.address(), describe(cause), delay,
                        delay == MAX_DELAY_MS ? " and every " + MAX_DELAY_MS + " ms after that, logged at DEBUG" : "");
            } else {
                LOG.debug("TaskExecutor {} could not register with the ResourceManager at {}; retrying in {} ms",
                        registration.resourceId(), remote.address(), delay, cause);
            }
            try {
                timer.schedule(() -> attempt(registration, taskExecutor, result, Math.min(delay * 2, MAX_DELAY_MS), delay), delay,
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                result.completeExceptionally(failure);
            }
        });
    }

    /** The failure and, if different, its root cause (e.g. "Connection refused"). */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure.getMessage()) : failure.getMessage() + ": " + root;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, service = TaskExecutorGateway.class)
    void bindTaskExecutor(TaskExecutorGateway taskExecutor) {
        // nothing to do: served when it registers
    }

    void unbindTaskExecutor(TaskExecutorGateway taskExecutor) {
        if (served.remove(taskExecutor) != null) {
            process.endpoints().stopServing(taskExecutor);
        }
    }

    @Override
    public CompletableFuture<Void> disconnectTaskExecutor(ResourceId resourceId, Throwable cause) {
        return remote.disconnectTaskExecutor(resourceId, cause);
    }

    @Override
    public CompletableFuture<Void> declareRequiredSlots(JobID jobId, JobMasterGateway jobMaster, int requiredSlots) {
        return remote.declareRequiredSlots(jobId, jobMaster, requiredSlots);
    }

    @Override
    public CompletableFuture<Void> notifySlotAvailable(SlotId slotId) {
        return remote.notifySlotAvailable(slotId);
    }

    @Deactivate
    void deactivate() {
        closed = true;
        timer.shutdownNow();
        synchronized (served) {
            served.keySet().forEach(process.endpoints()::stopServing);
            served.clear();
        }
    }

    @Override
    public String toString() {
        return "ResourceManager at " + remote.address();
    }
}
