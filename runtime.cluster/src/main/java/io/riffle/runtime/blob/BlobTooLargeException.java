package io.riffle.runtime.blob;

import java.io.IOException;

/** A blob is larger than its store accepts. */
public class BlobTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public BlobTooLargeException(long maxBytes) {
        super("the blob is larger than the maximum of " + maxBytes + " bytes");
    }
}
