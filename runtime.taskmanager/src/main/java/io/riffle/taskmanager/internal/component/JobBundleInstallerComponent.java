package io.riffle.taskmanager.internal.component;

import io.riffle.api.common.JobID;
import io.riffle.runtime.blob.BlobChunk;
import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.blob.BlobServerGateway;
import io.riffle.taskmanager.internal.jobbundle.BlobFetcher;
import io.riffle.taskmanager.internal.jobbundle.JobBundleException;
import io.riffle.taskmanager.internal.jobbundle.JobBundleInstaller;
import io.riffle.taskmanager.internal.jobbundle.OsgiJobBundleInstaller;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link JobBundleInstaller} of this framework's TaskExecutors: an {@link OsgiJobBundleInstaller}
 * fetching from the {@link BlobServerGateway} service, into a fresh folder {@code jobBundles-<uuid>}
 * under {@code blob.storage.directory} (default {@code java.io.tmpdir}), made by the first fetch and
 * deleted when it stops, along with the bundles still installed.
 *
 * <p>The blob server is a dynamic, optional reference, unlike the rest of the runtime: only a
 * TaskManager process of a cluster has one (runtime.rpc's remote gateway), while the TaskExecutors of
 * the local cluster, which never need it, must start without. Fetching and installing run on one
 * thread of this component with a bounded queue.
 */
@Component(service = JobBundleInstaller.class, configurationPid = JobBundleConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = JobBundleConfiguration.class)
public final class JobBundleInstallerComponent implements JobBundleInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(JobBundleInstallerComponent.class);
    private static final int QUEUED_STEPS = 64;

    private final Path folder;
    private final ThreadPoolExecutor io;
    private final OsgiJobBundleInstaller installer;
    private volatile BlobServerGateway blobServer;

    @Activate
    public JobBundleInstallerComponent(BundleContext context, JobBundleConfiguration configuration) {
        String directory = configuration.blob_storage_directory();
        Path parent = Path.of(directory.isBlank() ? System.getProperty("java.io.tmpdir") : directory);
        this.folder = parent.resolve("jobBundles-" + UUID.randomUUID());
        this.io = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED_STEPS), task -> {
            Thread thread = new Thread(task, "riffle-job-bundles");
            thread.setDaemon(true);
            return thread;
        });
        this.installer = new OsgiJobBundleInstaller(context, new BlobFetcher(new CurrentBlobServer(), io), folder, io);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindBlobServer(BlobServerGateway server) {
        blobServer = server;
        LOG.info("job bundles are fetched from the {} into {}", server, folder);
    }

    void unbindBlobServer(BlobServerGateway server) {
        if (blobServer == server) {
            blobServer = null;
        }
    }

    @Override
    public CompletableFuture<ClassLoader> install(JobID jobId, BlobKey bundle) {
        return installer.install(jobId, bundle);
    }

    @Override
    public void uninstall(JobID jobId) {
        installer.uninstall(jobId);
    }

    @Deactivate
    void deactivate() {
        io.shutdownNow();
        installer.close();
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("could not delete the job bundle folder {}", folder, e);
        }
    }

    /** The blob server bound now; reads fail with the reason while there is none. */
    private final class CurrentBlobServer implements BlobServerGateway {

        @Override
        public CompletableFuture<BlobChunk> read(BlobKey key, long offset, int maxLength) {
            BlobServerGateway server = blobServer;
            if (server == null) {
                return CompletableFuture.failedFuture(new JobBundleException("no blob server to fetch job bundle " + key
                        + " from: only a TaskManager process of a cluster fetches job bundles"));
            }
            return server.read(key, offset, maxLength);
        }

        @Override
        public String toString() {
            return String.valueOf(blobServer);
        }
    }
}
