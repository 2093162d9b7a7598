package io.riffle.runtime.cluster.internal;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.InMemoryJobClassLoaders;
import io.riffle.runtime.cluster.JobClassLoaders;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * The class loaders of the jobs running in this framework, shared by its Dispatcher and
 * TaskExecutors: in the local cluster a job's {@code main()} and its tasks run in one framework.
 */
@Component(service = JobClassLoaders.class)
public final class LocalJobClassLoaders implements JobClassLoaders {

    private final InMemoryJobClassLoaders loaders = new InMemoryJobClassLoaders();

    @Override
    public void register(JobID jobId, ClassLoader classLoader) {
        loaders.register(jobId, classLoader);
    }

    @Override
    public Optional<ClassLoader> lookup(JobID jobId) {
        return loaders.lookup(jobId);
    }

    @Override
    public void release(JobID jobId) {
        loaders.release(jobId);
    }
}
