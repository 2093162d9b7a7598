package io.riffle.runtime.rest.internal;

import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.blob.BlobStore;
import io.riffle.runtime.blob.BlobTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A blob store in a test's folder; {@link #keys} shows what it holds. */
final class TestingBlobStore implements BlobStore {

    private final Path folder;
    final Set<BlobKey> keys = ConcurrentHashMap.newKeySet();

    TestingBlobStore(Path folder) {
        this.folder = folder;
    }

    @Override
    public BlobKey put(InputStream in, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new BlobTooLargeException(maxBytes);
        }
        BlobKey key;
        try {
            key = BlobKey.of(MessageDigest.getInstance("SHA-256").digest(bytes), bytes.length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Files.write(folder.resolve(key.sha256()), bytes);
        keys.add(key);
        return key;
    }

    @Override
    public Optional<Path> path(BlobKey key) {
        return keys.contains(key) ? Optional.of(folder.resolve(key.sha256())) : Optional.empty();
    }

    @Override
    public void delete(BlobKey key) throws IOException {
        keys.remove(key);
        Files.deleteIfExists(folder.resolve(key.sha256()));
    }
}
