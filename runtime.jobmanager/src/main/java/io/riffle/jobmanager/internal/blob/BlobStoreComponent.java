package io.riffle.jobmanager.internal.blob;

import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.blob.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link BlobStore} of this framework: a {@link FileBlobStore} in a fresh folder under {@code
 * blob.storage.directory} (default {@code java.io.tmpdir}), made by the first put and deleted when
 * the component stops. In the local cluster nothing puts blobs, so no folder is made.
 */
@Component(configurationPid = BlobStoreConfiguration.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = BlobStoreConfiguration.class)
public final class BlobStoreComponent implements BlobStore {

    private static final Logger LOG = LoggerFactory.getLogger(BlobStoreComponent.class);

    private final Path parent;
    private FileBlobStore store; // guarded by this; null until the first put

    @Activate
    public BlobStoreComponent(BlobStoreConfiguration configuration) {
        String directory = configuration.blob_storage_directory();
        this.parent = Path.of(directory.isBlank() ? System.getProperty("java.io.tmpdir") : directory);
    }

    @Override
    public BlobKey put(InputStream in, long maxBytes) throws IOException {
        return store().put(in, maxBytes);
    }

    @Override
    public Optional<Path> path(BlobKey key) {
        FileBlobStore current = current();
        return current == null ? Optional.empty() : current.path(key);
    }

    @Override
    public void delete(BlobKey key) throws IOException {
        FileBlobStore current = current();
        if (current != null) {
            current.delete(key);
        }
    }

    private synchronized FileBlobStore store() throws IOException {
        if (store == null) {
            store = FileBlobStore.createIn(parent);
            LOG.info("blobs are stored in {}", store.folder());
        }
        return store;
    }

    private synchronized FileBlobStore current() {
        return store;
    }

    @Deactivate
    void deactivate() {
        FileBlobStore current = current();
        if (current == null) {
            return;
        }
        try {
            current.close();
        } catch (IOException e) {
            LOG.warn("could not delete the blob folder {}", current.folder(), e);
        }
    }
}
