package io.riffle.jobmanager.internal.blob;

import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.blob.BlobStore;
import io.riffle.runtime.blob.BlobTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link BlobStore} in a folder of its own: each blob is a file named by its SHA-256. A put
 * streams into a temporary file of the same folder while hashing and counting, then moves it into
 * place atomically, so a reader sees a whole blob or none. Two puts of the same bytes race
 * harmlessly: both files hold the same bytes, and whichever move comes second replaces (or finds)
 * an identical file.
 */
public final class FileBlobStore implements BlobStore, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FileBlobStore.class);
    private static final String BLOB_PREFIX = "blob-";
    private static final String INCOMING_PREFIX = "incoming-";
    private static final int BUFFER_BYTES = 64 << 10;

    private final Path folder;

    /** A store in {@code folder}, which it owns: {@link #close()} deletes it. */
    public FileBlobStore(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** A store in a fresh folder {@code blobStore-<uuid>} inside {@code parent}, as Flink names it. */
    public static FileBlobStore createIn(Path parent) throws IOException {
        Files.createDirectories(parent);
        return new FileBlobStore(Files.createDirectory(parent.resolve("blobStore-" + UUID.randomUUID())));
    }

    public Path folder() {
        return folder;
    }

    @Override
    public BlobKey put(InputStream in, long maxBytes) throws IOException {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        Path incoming = Files.createTempFile(folder, INCOMING_PREFIX, ".tmp");
        try {
            BlobKey key = copy(in, incoming, maxBytes);
            moveIntoPlace(incoming, file(key));
            return key;
        } finally {
            Files.deleteIfExists(incoming);
        }
    }

    /** Copies {@code in} to {@code target}, hashing and counting, and stops as soon as it exceeds {@code maxBytes}. */
    private static BlobKey copy(InputStream in, Path target, long maxBytes) throws IOException {
        MessageDigest digest = sha256();
        long size = 0;
        byte[] buffer = new byte[BUFFER_BYTES];
        try (OutputStream out = Files.newOutputStream(target)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                size += read;
                if (size > maxBytes) {
                    throw new BlobTooLargeException(maxBytes);
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        }
        return BlobKey.of(digest.digest(), size);
    }

    private static void moveIntoPlace(Path incoming, Path target) throws IOException {
        if (Files.exists(target)) {
            return; // the same content is stored already
        }
        try {
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // a concurrent put of the same bytes won: its file is ours too
            LOG.debug("blob {} was stored concurrently", target.getFileName());
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the blob folder " + target.getParent() + " does not support atomic moves", e);
        }
    }

    @Override
    public Optional<Path> path(BlobKey key) {
        Path file = file(key);
        try {
            // the size check catches a file that was truncated or replaced behind the store's back
            return Files.size(file) == key.size() ? Optional.of(file) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("cannot read the size of blob file {}", file, e);
            return Optional.empty();
        }
    }

    @Override
    public void delete(BlobKey key) throws IOException {
        Files.deleteIfExists(file(key));
    }

    private Path file(BlobKey key) {
        return folder.resolve(BLOB_PREFIX + key.sha256());
    }

    /** Deletes the folder and every blob in it. */
    @Override
    public void close() throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "blob store in " + folder;
    }
}
