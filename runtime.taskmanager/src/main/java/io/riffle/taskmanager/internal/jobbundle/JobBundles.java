package io.riffle.taskmanager.internal.jobbundle;

import io.riffle.api.common.JobID;
import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.cluster.JobClassLoaders;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The class loaders of the jobs with tasks on one TaskExecutor: the one already registered in
 * {@link JobClassLoaders} (local and embedded clusters), or the one of the job bundle this class has
 * the {@link JobBundleInstaller} install. Tasks of one job arriving together share one install. A job
 * whose install failed is tried again by its next deployment (a restart).
 *
 * <p>Thread-safe: the TaskExecutor calls it from its main thread, installs complete on others.
 */
public final class JobBundles {

    private final JobClassLoaders classLoaders;
    private final JobBundleInstaller installer;
    /** Installs this class started, done or not, by job. */
    private final Map<JobID, CompletableFuture<ClassLoader>> installs = new HashMap<>();

    public JobBundles(JobClassLoaders classLoaders, JobBundleInstaller installer) {
        this.classLoaders = Objects.requireNonNull(classLoaders, "classLoaders");
        this.installer = Objects.requireNonNull(installer, "installer");
    }

    /**
     * The job's class loader: at once if it is registered, else once {@code bundle} is installed.
     * Fails if neither is there.
     */
    public synchronized CompletableFuture<ClassLoader> classLoader(JobID jobId, BlobKey bundle) {
        CompletableFuture<ClassLoader> install = installs.get(jobId);
        if (install != null) {
            return install;
        }
        Optional<ClassLoader> registered = classLoaders.lookup(jobId);
        if (registered.isPresent()) {
            return CompletableFuture.completedFuture(registered.get());
        }
        if (bundle == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("the classes of job " + jobId
                    + " are not available on this TaskManager, and its deployment names no job bundle"));
        }
        CompletableFuture<ClassLoader> started = installer.install(jobId, bundle).thenApply(loader -> {
            classLoaders.register(jobId, loader);
            return loader;
        });
        installs.put(jobId, started);
        started.whenComplete((loader, failure) -> {
            if (failure != null) {
                forget(jobId, started);
            }
        });
        return started;
    }

    /** Whether a bundle of the job is installed here or being installed. */
    public synchronized boolean isInstalled(JobID jobId) {
        return installs.containsKey(jobId);
    }

    /**
     * The job has nothing left on this TaskExecutor: releases its loader and uninstalls its bundle,
     * if this class installed one (once an install under way ends).
     */
    public void release(JobID jobId) {
        CompletableFuture<ClassLoader> install;
        synchronized (this) {
            install = installs.remove(jobId);
        }
        if (install == null) {
            return;
        }
        install.whenComplete((loader, failure) -> {
            if (failure == null) {
                classLoaders.release(jobId);
            }
            installer.uninstall(jobId);
        });
    }

    private synchronized void forget(JobID jobId, CompletableFuture<ClassLoader> install) {
        installs.remove(jobId, install);
    }
}
