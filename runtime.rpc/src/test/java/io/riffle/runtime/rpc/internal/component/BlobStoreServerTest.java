package io.riffle.runtime.rpc.internal.component;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.runtime.blob.BlobChunk;
import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.blob.BlobStore;
import io.riffle.runtime.rpc.RemoteCallException;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.rpc.RpcService;
import io.riffle.runtime.rpc.RpcSettings;
import io.riffle.runtime.rpc.TransportSettings;
import io.riffle.runtime.rpc.gateway.GatewayAddresses;
import io.riffle.runtime.rpc.gateway.GatewayEndpoints;
import io.riffle.runtime.rpc.gateway.RemoteBlobServerGateway;
import io.riffle.runtime.rpc.gateway.RiffleMessageCodecs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The JobManager's blob server, read by another RPC service over loopback as a TaskManager would. */
public class BlobStoreServerTest {

    private static final long WAIT_SECONDS = 30;
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private RpcService jobManager;
    private RpcService taskManager;
    private BlobStoreServer server;
    private RemoteBlobServerGateway remote;
    private BlobKey stored;
    private byte[] bytes;

    @Before
    public void serve() throws Exception {
        bytes = new byte[(3 << 20) + 5];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 251);
        }
        Path file = temp.newFile().toPath();
        Files.write(file, bytes);
        stored = new BlobKey(SHA, bytes.length);
        server = new BlobStoreServer(new OneBlobStore(stored, file));
        jobManager = start();
        taskManager = start();
        RpcAddress address = new GatewayEndpoints(jobManager, new GatewayAddresses()).serveBlobServer("blobserver", server);
        remote = new RemoteBlobServerGateway(taskManager, address, new GatewayAddresses());
    }

    @After
    public void close() {
        server.close();
        taskManager.close();
        jobManager.close();
    }

    @Test
    public void aBlobIsReadInChunksOfAtMostOneMebibyte() throws Exception {
        BlobChunk first = await(remote.read(stored, 0, Integer.MAX_VALUE));
        BlobChunk last = await(remote.read(stored, 3 << 20, 1 << 20));

        assertEquals(BlobStoreServer.MAX_CHUNK_BYTES, first.bytes().length);
        assertFalse(first.isLast());
        assertArrayEquals(Arrays.copyOfRange(bytes, 3 << 20, bytes.length), last.bytes());
        assertTrue(last.isLast());
    }

    @Test
    public void readingAtTheEndAnswersAnEmptyLastChunk() throws Exception {
        BlobChunk end = await(remote.read(stored, bytes.length, 100));

        assertEquals(0, end.bytes().length);
        assertTrue(end.isLast());
    }

    @Test
    public void anUnknownKeyIsAClearErrorAndTheServerKeepsServing() throws Exception {
        BlobKey unknown = new BlobKey(SHA.replace('9', '0'), 42);

        Throwable failure = failureOf(remote.read(unknown, 0, 100));

        assertTrue(String.valueOf(failure), failure instanceof RemoteCallException);
        assertTrue(failure.getMessage(), failure.getMessage().contains("no blob " + unknown.sha256() + " of 42 bytes"));
        assertEquals(100, await(remote.read(stored, 0, 100)).bytes().length);
    }

    @Test
    public void anOffsetBeyondTheBlobIsRefused() throws Exception {
        Throwable failure = failureOf(remote.read(stored, bytes.length + 1L, 100));

        assertTrue(failure.getMessage(), failure.getMessage().contains("cannot read 100 bytes at offset " + (bytes.length + 1)));
    }

    private static RpcService start() throws Exception {
        return RpcService.start(RiffleMessageCodecs.registry(), TransportSettings.defaults(), RpcSettings.defaults())
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static Throwable failureOf(CompletableFuture<?> future) {
        return assertThrows(ExecutionException.class, () -> future.get(WAIT_SECONDS, TimeUnit.SECONDS)).getCause();
    }

    /** A store holding one file under a given key; the server only reads. */
    private record OneBlobStore(BlobKey key, Path file) implements BlobStore {

        @Override
        public BlobKey put(InputStream in, long maxBytes) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public Optional<Path> path(BlobKey wanted) {
            return key.equals(wanted) ? Optional.of(file) : Optional.empty();
        }

        @Override
        public void delete(BlobKey wanted) throws IOException {
            throw new UnsupportedOperationException("read-only");
        }
    }
}
