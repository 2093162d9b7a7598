package io.riffle.runtime.blob;

import java.util.Objects;

/**
 * Part of a blob, as a {@link BlobServerGateway} answers a read: the bytes from {@code offset} on.
 * An empty chunk at the blob's size marks its end.
 *
 * @param key the blob the bytes belong to
 * @param offset where in the blob the bytes start
 * @param bytes the bytes; not copied, so neither side changes them after handing them over
 */
public record BlobChunk(BlobKey key, long offset, byte[] bytes) {

    public BlobChunk {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(bytes, "bytes");
        if (offset < 0 || offset + bytes.length > key.size()) {
            throw new IllegalArgumentException("a chunk of " + bytes.length + " bytes at offset " + offset
                    + " does not fit in blob " + key);
        }
    }

    /** Whether this chunk ends at the end of the blob. */
    public boolean isLast() {
        return offset + bytes.length == key.size();
    }
}
