package io.riffle.taskmanager.internal.jobbundle;

import io.riffle.api.common.JobID;
import io.riffle.runtime.blob.BlobKey;
import java.util.concurrent.CompletableFuture;

/**
 * Makes a job's classes loadable in this process from its job bundle, and unloadable again. The
 * TaskExecutor needs nothing of OSGi: in a TaskManager process a DS component installs the bundle into
 * the framework; the local and embedded clusters have their job's class loader already and use
 * {@link #NONE}.
 */
public interface JobBundleInstaller {

    /** Installs nothing: for processes whose jobs' class loaders are registered by whoever ran their main(). */
    JobBundleInstaller NONE = new JobBundleInstaller() {
        @Override
        public CompletableFuture<ClassLoader> install(JobID jobId, BlobKey bundle) {
            return CompletableFuture.failedFuture(new JobBundleException("cannot install job bundle " + bundle + " of job " + jobId
                    + ": this process does not install job bundles"));
        }

        @Override
        public void uninstall(JobID jobId) {}
    };

    /**
     * Fetches, checks and installs the job's bundle; completes with the loader of its classes, or
     * with a {@link JobBundleException} saying what went wrong (nothing stays installed then).
     */
    CompletableFuture<ClassLoader> install(JobID jobId, BlobKey bundle);

    /** Uninstalls what {@link #install} installed for the job and deletes its files; nothing if there is none. */
    void uninstall(JobID jobId);
}
