package io.riffle.jobmanager.internal.blob;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.blob.BlobTooLargeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class FileBlobStoreTest {

    private static final long TIMEOUT_SECONDS = 30;

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private FileBlobStore store;

    @Before
    public void createStore() throws IOException {
        store = FileBlobStore.createIn(temp.getRoot().toPath());
    }

    @After
    public void closeStore() throws IOException {
        store.close();
    }

    @Test
    public void aBlobIsNamedByItsSha256AndSizeAndReadBack() throws IOException {
        byte[] bytes = "hello, blob".getBytes(StandardCharsets.UTF_8);
        BlobKey key = store.put(new ByteArrayInputStream(bytes), 1024);

        assertEquals(new BlobKey(sha256Hex(bytes), bytes.length), key);
        assertArrayEquals(bytes, Files.readAllBytes(store.path(key).orElseThrow()));
    }

    @Test
    public void storingTheSameBytesTwiceKeepsOneCopy() throws IOException {
        byte[] bytes = new byte[100_000];
        bytes[77] = 7;
        BlobKey first = store.put(new ByteArrayInputStream(bytes), bytes.length);
        BlobKey second = store.put(new ByteArrayInputStream(bytes), bytes.length);

        assertEquals(first, second);
        assertEquals(List.of("blob-" + first.sha256()), files());
    }

    @Test
    public void aBlobOverTheLimitIsRefusedAndNothingIsKept() throws IOException {
        BlobTooLargeException refused = assertThrows(BlobTooLargeException.class,
                () -> store.put(new ByteArrayInputStream(new byte[1001]), 1000));

        assertTrue(refused.getMessage(), refused.getMessage().contains("1000 bytes"));
        assertEquals(List.of(), files());
        assertEquals(1000, store.put(new ByteArrayInputStream(new byte[1000]), 1000).size());
    }

    @Test
    public void theLimitStopsReadingAnEndlessStream() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 1;
            }
        };
        assertThrows(BlobTooLargeException.class, () -> store.put(endless, 300_000));
        assertEquals(List.of(), files());
    }

    @Test
    public void aBlobBeingWrittenIsNotVisibleUntilItIsWhole() throws Exception {
        byte[] bytes = "first half|second half".getBytes(StandardCharsets.UTF_8);
        BlobKey key = new BlobKey(sha256Hex(bytes), bytes.length);
        CountDownLatch halfRead = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        InputStream slow = new InputStream() {
            private int next;

            @Override
            public int read() throws IOException {
                if (next == 10) {
                    halfRead.countDown();
                    await(resume);
                }
                return next < bytes.length ? bytes[next++] & 0xff : -1;
            }
        };
        ExecutorService putter = Executors.newSingleThreadExecutor();
        try {
            Future<BlobKey> put = putter.submit(() -> store.put(slow, 1024));
            assertTrue(halfRead.await(TIMEOUT_SECONDS, TimeUnit.SECONDS));

            assertFalse(store.path(key).isPresent());
            assertTrue(files().stream().noneMatch(name -> name.startsWith("blob-")));

            resume.countDown();
            assertEquals(key, put.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            assertArrayEquals(bytes, Files.readAllBytes(store.path(key).orElseThrow()));
            assertEquals(List.of("blob-" + key.sha256()), files());
        } finally {
            resume.countDown();
            putter.shutdownNow();
        }
    }

    @Test
    public void concurrentPutsOfTheSameBytesAllSucceedWithOneCopy() throws Exception {
        byte[] bytes = new byte[1 << 20];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        int putters = 8;
        CyclicBarrier start = new CyclicBarrier(putters);
        ExecutorService pool = Executors.newFixedThreadPool(putters);
        try {
            List<CompletableFuture<BlobKey>> puts = Stream.generate(() -> CompletableFuture.supplyAsync(() -> {
                try {
                    start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    return store.put(new ByteArrayInputStream(bytes), bytes.length);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, pool)).limit(putters).toList();
            Set<BlobKey> keys = new HashSet<>();
            for (CompletableFuture<BlobKey> put : puts) {
                keys.add(put.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            BlobKey key = keys.iterator().next();
            assertEquals(1, keys.size());
            assertEquals(List.of("blob-" + key.sha256()), files());
            assertArrayEquals(bytes, Files.readAllBytes(store.path(key).orElseThrow()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void deleteRemovesABlobAndClosingRemovesTheFolder() throws IOException {
        BlobKey key = store.put(new ByteArrayInputStream(new byte[] {1, 2, 3}), 10);
        store.delete(key);
        assertFalse(store.path(key).isPresent());
        store.delete(key);

        store.put(new ByteArrayInputStream(new byte[] {4}), 10);
        Path folder = store.folder();
        store.close();
        assertFalse(Files.exists(folder));
    }

    private List<String> files() {
        try (Stream<Path> files = Files.list(store.folder())) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(FileBlobStore.sha256().digest(bytes));
    }

    private static void await(CountDownLatch latch) throws IOException {
        try {
            if (!latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("the test did not resume the stream");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
