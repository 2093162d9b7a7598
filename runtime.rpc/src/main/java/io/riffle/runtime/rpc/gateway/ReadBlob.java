package io.riffle.runtime.rpc.gateway;

import io.riffle.runtime.blob.BlobKey;
import java.util.Objects;

/** {@code BlobServerGateway.read}; answered with a {@link io.riffle.runtime.blob.BlobChunk}. */
public record ReadBlob(BlobKey key, long offset, int maxLength) implements BlobServerRequest {

    public ReadBlob {
        Objects.requireNonNull(key, "key");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
        }
    }
}
