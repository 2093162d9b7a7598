package io.riffle.runtime.rpc.internal.component;

import io.riffle.runtime.blob.BlobStore;
import io.riffle.runtime.rpc.RpcAddress;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JobManager process: serves the {@link BlobStore} for reading on the process's RPC service as
 * {@value ProcessRpc#BLOB_SERVER_ENDPOINT}, where TaskManagers fetch job bundles (see {@link BlobStoreServer}).
 */
@Component(immediate = true, service = {})
public final class BlobServerEndpointComponent {

    private static final Logger LOG = LoggerFactory.getLogger(BlobServerEndpointComponent.class);

    private final ProcessRpc process;
    private final BlobStoreServer server;

    @Activate
    public BlobServerEndpointComponent(
            @Reference(target = "(" + ProcessRpc.ROLE_PROPERTY + "=" + ProcessRpc.JOBMANAGER + ")") ProcessRpc process,
            @Reference BlobStore store) {
        this.process = process;
        this.server = new BlobStoreServer(store);
        RpcAddress address = process.endpoints().serveBlobServer(ProcessRpc.BLOB_SERVER_ENDPOINT, server);
        LOG.info("the blob server is served at {}", address);
    }

    @Deactivate
    void deactivate() {
        process.endpoints().stopServing(server);
        server.close();
    }
}
