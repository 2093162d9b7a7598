package io.riffle.taskmanager.internal.jobbundle;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.runtime.blob.BlobChunk;
import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.blob.BlobServerGateway;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.rpc.RpcService;
import io.riffle.runtime.rpc.RpcSettings;
import io.riffle.runtime.rpc.TransportSettings;
import io.riffle.runtime.rpc.gateway.GatewayAddresses;
import io.riffle.runtime.rpc.gateway.GatewayEndpoints;
import io.riffle.runtime.rpc.gateway.RemoteBlobServerGateway;
import io.riffle.runtime.rpc.gateway.RiffleMessageCodecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A TaskManager fetching a blob from a JobManager's blob server over a real loopback RPC between two RPC services. */
public class BlobFetcherTest {

    private static final long WAIT_SECONDS = 30;
    private static final int CHUNK = 64 << 10;

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private RpcService jobManager;
    private RpcService taskManager;
    private ExecutorService io;
    private byte[] bytes;
    private BlobKey key;

    @Before
    public void start() throws Exception {
        jobManager = RpcService.start(RiffleMessageCodecs.registry(), TransportSettings.defaults(), RpcSettings.defaults())
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
        taskManager = RpcService.start(RiffleMessageCodecs.registry(), TransportSettings.defaults(), RpcSettings.defaults())
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
        io = Executors.newSingleThreadExecutor();
        bytes = new byte[5 * CHUNK + 123];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7 + i / 300);
        }
        key = BlobKey.of(MessageDigest.getInstance("SHA-256").digest(bytes), bytes.length);
    }

    @After
    public void stop() {
        io.shutdownNow();
        taskManager.close();
        jobManager.close();
    }

    @Test
    public void aBlobArrivesInChunksIntoAFileAndIsChecked() throws Exception {
        InMemoryBlobServer server = new InMemoryBlobServer(key, bytes);
        Path target = temp.getRoot().toPath().resolve("bundle.jar");

        Path fetched = fetcher(server).fetch(key, target).get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertEquals(target, fetched);
        assertArrayEquals(bytes, Files.readAllBytes(target));
        assertEquals("reads of at most " + CHUNK + " bytes", 6, server.reads.get());
    }

    @Test
    public void wrongBytesAreDetectedAndNothingIsKept() throws Exception {
        byte[] tampered = bytes.clone();
        tampered[3 * CHUNK + 17] ^= 1;
        Path target = temp.getRoot().toPath().resolve("bundle.jar");

        Throwable failure = failureOf(fetcher(new InMemoryBlobServer(key, tampered)).fetch(key, target));

        assertTrue(String.valueOf(failure), failure instanceof JobBundleException);
        assertTrue(failure.getMessage(), failure.getMessage().startsWith("job bundle " + key.sha256() + " (" + bytes.length + " bytes)"));
        assertTrue(failure.getMessage(), failure.getMessage().contains("is corrupt: received " + bytes.length + " bytes with SHA-256 "
                + BlobKey.of(MessageDigest.getInstance("SHA-256").digest(tampered), bytes.length).sha256()));
        assertFalse(Files.exists(target));
    }

    @Test
    public void aServerThatStopsSendingBytesFailsTheFetch() throws Exception {
        Path target = temp.getRoot().toPath().resolve("bundle.jar");
        BlobServerGateway stalling = (wanted, offset, maxLength) -> CompletableFuture.completedFuture(new BlobChunk(wanted, offset,
                new byte[0]));

        Throwable failure = failureOf(fetcher(stalling).fetch(key, target));

        assertTrue(failure.getMessage(), failure.getMessage().contains("asked for the bytes at offset 0, received 0 bytes"));
        assertFalse(Files.exists(target));
    }

    @Test
    public void anUnknownKeyFailsWithTheServersReason() throws Exception {
        Path target = temp.getRoot().toPath().resolve("bundle.jar");
        BlobKey other = new BlobKey("0".repeat(64), 10);

        Throwable failure = failureOf(fetcher(new InMemoryBlobServer(key, bytes)).fetch(other, target));

        assertTrue(failure.getMessage(), failure.getMessage().contains("no blob " + other.sha256()));
        assertFalse(Files.exists(target));
    }

    /** A fetcher in the "TaskManager" service reading from {@code server}, served by the "JobManager" service. */
    private BlobFetcher fetcher(BlobServerGateway server) {
        RpcAddress address = new GatewayEndpoints(jobManager, new GatewayAddresses()).serveBlobServer("blobserver", server);
        return new BlobFetcher(new RemoteBlobServerGateway(taskManager, address, new GatewayAddresses()), io, CHUNK);
    }

    private static Throwable failureOf(CompletableFuture<?> future) {
        return assertThrows(ExecutionException.class, () -> future.get(WAIT_SECONDS, TimeUnit.SECONDS)).getCause();
    }

    /** Serves {@code served} as the blob {@code key}, whatever its real hash: a lying server when they differ. */
    private static final class InMemoryBlobServer implements BlobServerGateway {

        private final BlobKey key;
        private final byte[] served;
        private final AtomicInteger reads = new AtomicInteger();

        InMemoryBlobServer(BlobKey key, byte[] served) {
            this.key = key;
            this.served = served;
        }

        @Override
        public CompletableFuture<BlobChunk> read(BlobKey wanted, long offset, int maxLength) {
            reads.incrementAndGet();
            if (!wanted.equals(key)) {
                return CompletableFuture.failedFuture(new NoSuchElementException("no blob " + wanted.sha256()));
            }
            int end = (int) Math.min(served.length, offset + maxLength);
            return CompletableFuture.completedFuture(new BlobChunk(key, offset, Arrays.copyOfRange(served, (int) offset, end)));
        }
    }
}
