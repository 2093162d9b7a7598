package io.riffle.taskmanager.internal.jobbundle;

import io.riffle.api.common.JobID;
import io.riffle.runtime.blob.BlobKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs job bundles into this TaskManager's framework: fetches the bundle into {@code folder},
 * installs it under the location {@code riffle-job:<jobId>:<sha256>} (so the bundles of two jobs
 * never clash, even when they are the same file) and starts it, which resolves it and runs its
 * activator. Its wiring's class loader is the job's loader. A bundle that is not a JAR, does not
 * resolve or whose activator throws is uninstalled at once, and the install fails with the
 * framework's reason; the TaskManager serves other jobs as before.
 *
 * <p>Bundles are installed and uninstalled on {@code io}, never on a TaskExecutor's main thread.
 */
public final class OsgiJobBundleInstaller implements JobBundleInstaller {

    private static final Logger LIFECYCLE = LoggerFactory.getLogger("io.riffle.lifecycle.jobs");
    private static final String LOCATION_SCHEME = "riffle-job:";

    private final BundleContext context;
    private final BlobFetcher fetcher;
    private final Path folder;
    private final Executor io;
    private final Map<JobID, Installed> installed = new ConcurrentHashMap<>();

    private record Installed(Bundle bundle, Path file, BlobKey key) {}

    public OsgiJobBundleInstaller(BundleContext context, BlobFetcher fetcher, Path folder, Executor io) {
        this.context = context;
        this.fetcher = fetcher;
        this.folder = folder;
        this.io = io;
    }

    /** Where a job's bundle is installed from: tells job bundles apart from the runtime's own bundles. */
    public static String location(JobID jobId, BlobKey key) {
        return LOCATION_SCHEME + jobId + ":" + key.sha256();
    }

    @Override
    public CompletableFuture<ClassLoader> install(JobID jobId, BlobKey key) {
        try {
            Files.createDirectories(folder); // made on demand: a process that runs no job bundle leaves no folder behind
        } catch (IOException e) {
            return CompletableFuture.failedFuture(failure(jobId, key, "cannot be fetched into " + folder, e));
        }
        Path file = folder.resolve("job-" + jobId + "-" + key.sha256() + ".jar");
        LIFECYCLE.info("fetching job bundle {} of job {}", key, jobId);
        return fetcher.fetch(key, file)
                .exceptionally(failure -> {
                    throw new CompletionException(failure(jobId, key, "cannot be fetched", failure));
                })
                .thenApplyAsync(fetched -> installFrom(jobId, key, fetched), io);
    }

    private ClassLoader installFrom(JobID jobId, BlobKey key, Path file) {
        Bundle bundle;
        try (InputStream in = Files.newInputStream(file)) {
            bundle = context.installBundle(location(jobId, key), in);
        } catch (IOException | BundleException | RuntimeException e) {
            deleteQuietly(file, e);
            throw failure(jobId, key, "is not a bundle that can be installed", e);
        }
        try {
            bundle.start();
            ClassLoader loader = bundle.adapt(BundleWiring.class).getClassLoader();
            installed.put(jobId, new Installed(bundle, file, key));
            LIFECYCLE.info("job bundle {} of job {} installed as {} {} (bundle {})", key, jobId, bundle.getSymbolicName(),
                    bundle.getVersion(), bundle.getBundleId());
            return loader;
        } catch (BundleException | RuntimeException e) {
            uninstall(bundle, file, e);
            throw failure(jobId, key, "does not resolve or its activator failed", e);
        }
    }

    @Override
    public void uninstall(JobID jobId) {
        Installed job = installed.remove(jobId);
        if (job == null) {
            return;
        }
        io.execute(() -> {
            uninstall(job.bundle(), job.file(), null);
            LIFECYCLE.info("job bundle {} of job {} uninstalled (bundle {})", job.key(), jobId, job.bundle().getBundleId());
        });
    }

    /** Uninstalls the bundles of every job still here, at once: the TaskManager stops. */
    public void close() {
        for (JobID jobId : List.copyOf(installed.keySet())) {
            Installed job = installed.remove(jobId);
            if (job != null) {
                uninstall(job.bundle(), job.file(), null);
            }
        }
    }

    /** Uninstalls and refreshes, so that the framework drops the bundle's class loader, then deletes its file. */
    private void uninstall(Bundle bundle, Path file, Throwable cause) {
        try {
            bundle.uninstall();
            context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(bundle));
        } catch (BundleException | IllegalStateException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            } else {
                LIFECYCLE.warn("could not uninstall job bundle {}", bundle.getLocation(), e);
            }
        }
        deleteQuietly(file, cause);
    }

    private static JobBundleException failure(JobID jobId, BlobKey key, String what, Throwable cause) {
        Throwable root = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
        if (root instanceof JobBundleException bundle && what.equals("cannot be fetched")) {
            return bundle;
        }
        return new JobBundleException("job bundle " + key + " of job " + jobId + " " + what + ": " + root.getMessage(), root);
    }

    /** Deletes a file whose bundle is gone; a failure to do so is recorded with {@code cause}, or logged. */
    private static void deleteQuietly(Path file, Throwable cause) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            } else {
                LIFECYCLE.warn("could not delete job bundle file {}", file, e);
            }
        }
    }
}
