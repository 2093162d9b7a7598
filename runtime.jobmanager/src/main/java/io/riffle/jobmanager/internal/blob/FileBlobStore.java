package io.riffle.jobmanager.internal.blob;

import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.blob.BlobStore;
import io.riffle.runtime.blob.BlobTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JobManager's blob store on the local file system: each blob is one file named by its
 * SHA-256, written to a temporary file first and moved into place atomically, so a half-written
 * blob is never visible and storing the same bytes twice keeps one file. The folder is
 * {@code blob.storage.directory} (Flink's key) of {@code io.riffle.cluster}, else a fresh folder
 * under {@code java.io.tmpdir} that is deleted when the component stops.
 */
@Component(service = BlobStore.class, configurationPid = "io.riffle.cluster", configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class FileBlobStore implements BlobStore, AutoCloseable {

    @interface Config {
        String blob_storage_directory() default "";
    }

    private static final Logger LOG = LoggerFactory.getLogger(FileBlobStore.class);
    private static final int BUFFER = 64 * 1024;

    private final Path folder;
    private final boolean owned;

    @Activate
    public FileBlobStore(Config config) throws IOException {
        this(config.blob_storage_directory().isBlank() ? null : Path.of(config.blob_storage_directory()));
    }

    /** @param folder where blobs live, created if missing; null for a fresh temporary folder deleted on {@link #close()} */
    public FileBlobStore(Path folder) throws IOException {
        this.owned = folder == null;
        this.folder = owned ? Files.createTempDirectory("riffle-blobs-") : Files.createDirectories(folder);
        LOG.info("blob store in {}", this.folder);
    }

    @Override
    public BlobKey put(InputStream in, long maxBytes) throws IOException {
        Path temp = Files.createTempFile(folder, "incoming-", ".tmp");
        try {
            MessageDigest digest = sha256();
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                byte[] buffer = new byte[BUFFER];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    size += n;
                    if (size > maxBytes) {
                        throw new BlobTooLargeException(maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            BlobKey key = BlobKey.of(digest.digest(), size);
            Path target = file(key);
            if (!Files.exists(target)) {
                move(temp, target);
            }
            return key;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // the same bytes arrived concurrently: one copy is enough
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the blob folder " + target.getParent() + " does not support atomic moves", e);
        }
    }

    @Override
    public Optional<Path> path(BlobKey key) {
        Path file = file(key);
        try {
            return Files.isRegularFile(file) && Files.size(file) == key.size() ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the blob folder " + folder, e);
        }
    }

    @Override
    public void delete(BlobKey key) throws IOException {
        Files.deleteIfExists(file(key));
    }

    private Path file(BlobKey key) {
        return folder.resolve(key.sha256() + ".blob");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    @Deactivate
    public void close() throws IOException {
        if (!owned) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
