package io.riffle.provider.standalone.internal;

import io.riffle.runtime.provider.Registration;
import io.riffle.runtime.provider.ResourceProvider;
import io.riffle.runtime.provider.ResourceProviderType;
import io.riffle.runtime.provider.WorkerId;
import io.riffle.runtime.provider.WorkerSpec;
import io.riffle.runtime.provider.WorkerTerminationListener;
import java.util.concurrent.CompletableFuture;
import org.osgi.service.component.annotations.Component;

/**
 * The passive provider of a standalone cluster: TaskManagers are started by people or by
 * {@code bin/start-cluster} and register with the ResourceManager by themselves, so this provider
 * never starts or stops a worker and never sees one terminate. It says so when asked.
 */
@Component
@ResourceProviderType(StandaloneResourceProvider.TYPE)
public final class StandaloneResourceProvider implements ResourceProvider {

    public static final String TYPE = "standalone";

    @Override
    public boolean canStartWorkers() {
        return false;
    }

    @Override
    public CompletableFuture<WorkerId> startWorker(WorkerSpec spec) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException(
                "the standalone resource provider cannot start workers (asked for one with " + spec.slots()
                        + " slots): start TaskManagers with 'bin/riffle taskmanager' and they register by themselves,"
                        + " or configure an active provider such as kubernetes or yarn"));
    }

    @Override
    public CompletableFuture<Void> stopWorker(WorkerId worker) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException(
                "the standalone resource provider cannot stop worker " + worker
                        + ": it starts no workers; stop the TaskManager process itself"));
    }

    @Override
    public Registration onWorkerTerminated(WorkerTerminationListener listener) {
        return Registration.NONE;
    }
}
