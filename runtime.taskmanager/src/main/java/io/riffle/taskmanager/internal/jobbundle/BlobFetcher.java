package io.riffle.taskmanager.internal.jobbundle;

import io.riffle.runtime.blob.BlobChunk;
import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.blob.BlobServerGateway;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Fetches a blob from a {@link BlobServerGateway} into a file, one chunk at a time, so the blob is
 * never whole in memory, and checks what arrived against the key: its size and its SHA-256. A file
 * that does not match is deleted and the fetch fails with a {@link JobBundleException} naming the key
 * and what was received.
 *
 * <p>One chunk is asked for at a time; each is written on {@code io} (never on the RPC thread that
 * delivered it), which also asks for the next.
 */
public final class BlobFetcher {

    /** Bytes asked for per read: well below the RPC frame limit. */
    public static final int CHUNK_BYTES = 1 << 20;

    private final BlobServerGateway server;
    private final Executor io;
    private final int chunkBytes;

    public BlobFetcher(BlobServerGateway server, Executor io) {
        this(server, io, CHUNK_BYTES);
    }

    BlobFetcher(BlobServerGateway server, Executor io, int chunkBytes) {
        this.server = Objects.requireNonNull(server, "server");
        this.io = Objects.requireNonNull(io, "io");
        this.chunkBytes = chunkBytes;
    }

    /** Fetches {@code key} into {@code target} (replacing it); completes with {@code target} once it holds exactly the blob. */
    public CompletableFuture<Path> fetch(BlobKey key, Path target) {
        return CompletableFuture.supplyAsync(() -> new Download(key, target), io)
                .thenCompose(download -> download.next(0).whenComplete((ok, failure) -> download.close(failure)))
                .thenApply(ignored -> target);
    }

    /** One fetch in progress: the open file and the digest so far. Used by one {@code io} task at a time. */
    private final class Download {

        private final BlobKey key;
        private final Path target;
        private final FileChannel file;
        private final MessageDigest digest = sha256();

        Download(BlobKey key, Path target) {
            this.key = key;
            this.target = target;
            try {
                this.file = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + target + " for job bundle " + key.sha256(), e);
            }
        }

        CompletableFuture<Void> next(long offset) {
            if (offset == key.size()) {
                return CompletableFuture.runAsync(this::verify, io);
            }
            return server.read(key, offset, chunkBytes).thenComposeAsync(chunk -> {
                write(chunk, offset);
                return next(offset + chunk.bytes().length);
            }, io);
        }

        private void write(BlobChunk chunk, long offset) {
            if (!chunk.key().equals(key) || chunk.offset() != offset || chunk.bytes().length == 0) {
                throw new JobBundleException("job bundle " + key.sha256() + " (" + key.size() + " bytes) from " + server
                        + ": asked for the bytes at offset " + offset + ", received " + chunk.bytes().length + " bytes at offset "
                        + chunk.offset() + " of blob " + chunk.key().sha256());
            }
            digest.update(chunk.bytes());
            try {
                ByteBuffer bytes = ByteBuffer.wrap(chunk.bytes());
                while (bytes.hasRemaining()) {
                    file.write(bytes);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write job bundle " + key.sha256() + " to " + target, e);
            }
        }

        private void verify() {
            String received = HexFormat.of().formatHex(digest.digest());
            if (!received.equals(key.sha256())) {
                throw new JobBundleException("job bundle " + key.sha256() + " (" + key.size() + " bytes) from " + server
                        + " is corrupt: received " + key.size() + " bytes with SHA-256 " + received);
            }
        }

        /** Closes the file; deletes it if the fetch failed, so nothing half-fetched or corrupt remains. */
        void close(Throwable failure) {
            try {
                file.close();
                if (failure != null) {
                    Files.deleteIfExists(target);
                }
            } catch (IOException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                    return;
                }
                throw new UncheckedIOException("cannot close job bundle file " + target, e);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
