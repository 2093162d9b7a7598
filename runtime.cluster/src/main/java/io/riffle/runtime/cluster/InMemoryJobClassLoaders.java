package io.riffle.runtime.cluster;

import io.riffle.api.common.JobID;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The {@link JobClassLoaders} of one JVM that runs both a job's {@code main()} and its tasks (the
 * local and embedded clusters). Holds an entry per running job only: the Dispatcher releases it
 * when the job ends.
 */
public final class InMemoryJobClassLoaders implements JobClassLoaders {

    private final ConcurrentMap<JobID, ClassLoader> loaders = new ConcurrentHashMap<>();

    @Override
    public void register(JobID jobId, ClassLoader classLoader) {
        Objects.requireNonNull(classLoader, "classLoader");
        if (loaders.putIfAbsent(Objects.requireNonNull(jobId, "jobId"), classLoader) != null) {
            throw new IllegalStateException("job " + jobId + " already has a class loader");
        }
    }

    @Override
    public Optional<ClassLoader> lookup(JobID jobId) {
        return Optional.ofNullable(loaders.get(jobId));
    }

    @Override
    public void release(JobID jobId) {
        loaders.remove(jobId);
    }
}
