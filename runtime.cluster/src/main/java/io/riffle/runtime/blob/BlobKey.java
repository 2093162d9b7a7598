package io.riffle.runtime.blob;

import java.util.HexFormat;
import java.util.Objects;

/**
 * Names a blob (a job bundle) by its content: the SHA-256 of its bytes and its length. Whoever
 * fetches a blob checks what it got against both.
 *
 * @param sha256 64 lower-case hex digits
 */
public record BlobKey(String sha256, long size) {

    public BlobKey {
        Objects.requireNonNull(sha256, "sha256");
        if (sha256.length() != 64 || !sha256.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException("a blob key is 64 lower-case hex digits, got '" + sha256 + "'");
        }
        if (size < 0) {
            throw new IllegalArgumentException("blob size must not be negative: " + size);
        }
    }

    public static BlobKey of(byte[] sha256Digest, long size) {
        return new BlobKey(HexFormat.of().formatHex(sha256Digest), size);
    }

    @Override
    public String toString() {
        return sha256.substring(0, 12) + " (" + size + " bytes)";
    }
}
