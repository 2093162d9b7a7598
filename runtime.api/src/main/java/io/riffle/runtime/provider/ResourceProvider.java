package io.riffle.runtime.provider;

import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Starts and stops workers (TaskManager processes) on one kind of cluster manager, and reports
 * workers that terminated.
 *
 * <p>Register implementations as OSGi services with the service property {@value #TYPE_PROPERTY}
 * naming the provider type (use {@link ResourceProviderType} on a DS component). The
 * ResourceManager uses the provider whose type its configuration names; among several of that
 * type it takes the best in the usual OSGi order (highest {@code service.ranking}, then lowest
 * {@code service.id}). Providers may come and go while the ResourceManager runs: workers already
 * registered keep working, and worker requests made while no provider of the configured type is
 * bound wait until one arrives.
 *
 * <p>Methods may be called from any thread and must not block; results arrive through the
 * returned futures.
 */
@ConsumerType
public interface ResourceProvider {

    /** Service property that names the provider type, e.g. {@code standalone} or {@code kubernetes}. */
    String TYPE_PROPERTY = "riffle.resource.provider.type";

    /**
     * Whether this provider can start workers at all. A passive provider (standalone) cannot:
     * its workers are started by people or scripts and register by themselves.
     */
    boolean canStartWorkers();

    /**
     * Starts a worker for the spec. The future completes with the worker's id once the cluster
     * manager accepted the request (not when the TaskManager has registered), or fails with an
     * exception that says why the worker could not be started.
     */
    CompletableFuture<WorkerId> startWorker(WorkerSpec spec);

    /** Stops a worker this provider started. Completes when the cluster manager accepted it. */
    CompletableFuture<Void> stopWorker(WorkerId worker);

    /**
     * Subscribes to terminations of workers this provider started, however they ended: stopped,
     * crashed, or lost by the cluster manager. Closing the returned registration unsubscribes.
     */
    Registration onWorkerTerminated(WorkerTerminationListener listener);
}
