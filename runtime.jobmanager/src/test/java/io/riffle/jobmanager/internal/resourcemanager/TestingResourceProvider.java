package io.riffle.jobmanager.internal.resourcemanager;

import io.riffle.runtime.provider.Registration;
import io.riffle.runtime.provider.ResourceProvider;
import io.riffle.runtime.provider.WorkerId;
import io.riffle.runtime.provider.WorkerSpec;
import io.riffle.runtime.provider.WorkerTermination;
import io.riffle.runtime.provider.WorkerTerminationListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.framework.Constants;

/** A provider that starts imaginary workers named {@code <type>-<n>} and records what it was asked. */
class TestingResourceProvider implements ResourceProvider {

    private static final AtomicInteger SERVICE_IDS = new AtomicInteger();

    private final String type;
    private final int ranking;
    private final long serviceId = SERVICE_IDS.incrementAndGet();
    private final AtomicInteger workers = new AtomicInteger();
    final List<WorkerSpec> started = new CopyOnWriteArrayList<>();
    final List<WorkerTerminationListener> listeners = new CopyOnWriteArrayList<>();

    TestingResourceProvider(String type) {
        this(type, 0);
    }

    TestingResourceProvider(String type, int ranking) {
        this.type = type;
        this.ranking = ranking;
    }

    /** The service properties SCR would pass with this provider. */
    Map<String, Object> properties() {
        return Map.of(TYPE_PROPERTY, type, Constants.SERVICE_RANKING, ranking, Constants.SERVICE_ID, serviceId);
    }

    void terminate(String worker, String reason) {
        listeners.forEach(l -> l.workerTerminated(new WorkerTermination(new WorkerId(worker), reason)));
    }

    @Override
    public boolean canStartWorkers() {
        return true;
    }

    @Override
    public CompletableFuture<WorkerId> startWorker(WorkerSpec spec) {
        started.add(spec);
        return CompletableFuture.completedFuture(new WorkerId(type + "-" + workers.incrementAndGet()));
    }

    @Override
    public CompletableFuture<Void> stopWorker(WorkerId worker) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public Registration onWorkerTerminated(WorkerTerminationListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
