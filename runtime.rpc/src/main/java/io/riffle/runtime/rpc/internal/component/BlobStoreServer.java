package io.riffle.runtime.rpc.internal.component;

import io.riffle.runtime.blob.BlobChunk;
import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.blob.BlobServerGateway;
import io.riffle.runtime.blob.BlobStore;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers blob reads from a {@link BlobStore}. The disk is read on a small pool of its own, never on
 * the RPC I/O thread that received the request: a slow disk must not delay heartbeats and the other
 * calls sharing that thread. The pool's queue is bounded; a read beyond it fails at once ("busy"),
 * and the fetcher's call fails as a timeout would.
 *
 * <p>Chunks are at most {@link #MAX_CHUNK_BYTES}, whatever the caller asks, so an answer stays far
 * below any sensible RPC frame limit.
 */
final class BlobStoreServer implements BlobServerGateway, AutoCloseable {

    static final int MAX_CHUNK_BYTES = 1 << 20;
    private static final int READ_THREADS = 2;
    private static final int QUEUED_READS = 64;

    private final BlobStore store;
    private final ThreadPoolExecutor readers;

    BlobStoreServer(BlobStore store) {
        this.store = store;
        AtomicInteger threads = new AtomicInteger();
        this.readers = new ThreadPoolExecutor(READ_THREADS, READ_THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED_READS),
                task -> {
                    Thread thread = new Thread(task, "riffle-blob-reader-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        readers.allowCoreThreadTimeOut(true);
    }

    @Override
    public CompletableFuture<BlobChunk> read(BlobKey key, long offset, int maxLength) {
        if (offset < 0 || offset > key.size() || maxLength < 1) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("cannot read " + maxLength + " bytes at offset " + offset
                    + " of blob " + key.sha256() + " (" + key.size() + " bytes)"));
        }
        try {
            return CompletableFuture.supplyAsync(() -> readChunk(key, offset, Math.min(maxLength, MAX_CHUNK_BYTES)), readers);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new RejectedExecutionException("the blob server is busy (" + QUEUED_READS
                    + " reads queued) or stopped; read of blob " + key.sha256() + " refused", e));
        }
    }

    private BlobChunk readChunk(BlobKey key, long offset, int maxLength) {
        Path file = store.path(key).orElseThrow(() -> new NoSuchElementException("no blob " + key.sha256() + " of " + key.size()
                + " bytes in the JobManager's blob store"));
        int length = (int) Math.min(maxLength, key.size() - offset);
        ByteBuffer bytes = ByteBuffer.allocate(length);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, offset + bytes.position()) < 0) {
                    throw new EOFException("blob file " + file + " ends before " + key.size() + " bytes");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read blob " + key.sha256() + ": " + e.getMessage(), e);
        }
        return new BlobChunk(key, offset, bytes.array());
    }

    @Override
    public void close() {
        readers.shutdownNow();
    }

    @Override
    public String toString() {
        return "blob server of " + store;
    }
}
