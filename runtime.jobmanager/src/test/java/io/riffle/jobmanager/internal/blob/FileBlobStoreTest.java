package io.riffle.jobmanager.internal.blob;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.blob.BlobTooLargeException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The file-system blob store: content addressing, one copy per content, the size limit, and its temporary folder. */
public class FileBlobStoreTest {

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void aBlobIsNamedByItsSha256AndStoredOnce() throws Exception {
        Path folder = temp.newFolder("blobs").toPath();
        try (FileBlobStore store = new FileBlobStore(folder)) {
            BlobKey key = store.put(bytes("hello"), 100);
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest("hello".getBytes(StandardCharsets.UTF_8))),
                    key.sha256());
            assertEquals(5, key.size());
            assertEquals(key, store.put(bytes("hello"), 100));
            try (Stream<Path> files = Files.list(folder)) {
                assertEquals("one file, no temporary leftovers", 1, files.count());
            }
            assertEquals("hello", Files.readString(store.path(key).orElseThrow()));
            store.delete(key);
            assertEquals(Optional.empty(), store.path(key));
            store.delete(key);
        }
        assertTrue("a configured folder outlives the store", Files.isDirectory(folder));
    }

    @Test
    public void aBlobOverTheLimitIsRefusedAndLeavesNothing() throws Exception {
        Path folder = temp.newFolder("blobs").toPath();
        try (FileBlobStore store = new FileBlobStore(folder)) {
            try {
                store.put(bytes("0123456789"), 9);
                fail("a blob of 10 bytes over a limit of 9");
            } catch (BlobTooLargeException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("9 bytes"));
            }
            assertEquals(10, store.put(bytes("0123456789"), 10).size());
            try (Stream<Path> files = Files.list(folder)) {
                assertEquals(1, files.count());
            }
        }
    }

    @Test
    public void withoutAFolderItUsesATemporaryOneAndDeletesItWhenClosed() throws Exception {
        FileBlobStore store = new FileBlobStore((Path) null);
        Path file = store.path(store.put(bytes("x"), 10)).orElseThrow();
        assertTrue(Files.exists(file));
        store.close();
        assertFalse(Files.exists(file.getParent()));
    }
}
