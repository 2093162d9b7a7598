package io.riffle.runtime.blob;

import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads blobs from the JobManager's {@link BlobStore}, a chunk at a time, so that a TaskManager
 * fetches a job bundle of any size over RPC frames of bounded size.
 */
@ProviderType
public interface BlobServerGateway {

    /**
     * The bytes of blob {@code key} from {@code offset} on, at most {@code maxLength} of them (fewer
     * only at the end of the blob). Fails with a {@link java.util.NoSuchElementException} naming the
     * key when the store has no such blob, and with an {@link IllegalArgumentException} when the
     * offset lies beyond its end or {@code maxLength} is not positive.
     */
    CompletableFuture<BlobChunk> read(BlobKey key, long offset, int maxLength);
}
