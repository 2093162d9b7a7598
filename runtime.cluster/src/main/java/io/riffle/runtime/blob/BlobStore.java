package io.riffle.runtime.blob;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The JobManager's store of blobs (job bundles), named by content. A service of the JobManager
 * process; the REST API puts uploaded bundles here, and TaskManagers fetch them from it.
 */
@ProviderType
public interface BlobStore {

    /**
     * Stores the bytes of {@code in} and returns their key. Storing the same bytes again keeps one
     * copy; a half-written blob is never visible.
     *
     * @throws BlobTooLargeException if {@code in} holds more than {@code maxBytes} bytes (nothing is kept)
     */
    BlobKey put(InputStream in, long maxBytes) throws IOException;

    /** The file holding a stored blob, or empty if there is none with this key. */
    Optional<Path> path(BlobKey key);

    /** Removes a blob; nothing happens if there is none. */
    void delete(BlobKey key) throws IOException;
}
