package io.riffle.runtime.rpc.internal.component;

import io.riffle.runtime.blob.BlobChunk;
import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.blob.BlobServerGateway;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.rpc.gateway.RemoteBlobServerGateway;
import java.util.concurrent.CompletableFuture;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

/**
 * TaskManager process: the {@link BlobServerGateway} service of this framework is the JobManager's
 * blob server, at {@code jobmanager.rpc.address:jobmanager.rpc.port/blobserver}; the TaskManager
 * fetches job bundles from it.
 */
@Component(configurationPid = ProcessRpc.CLUSTER_PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = BlobServerGateway.class)
public final class RemoteBlobServerComponent implements BlobServerGateway {

    private final RemoteBlobServerGateway remote;

    @Activate
    public RemoteBlobServerComponent(ClusterConfiguration configuration,
            @Reference(target = "(" + ProcessRpc.ROLE_PROPERTY + "=" + ProcessRpc.TASKMANAGER + ")") ProcessRpc process) {
        RpcAddress address = new RpcAddress(configuration.jobmanager_rpc_address(), configuration.jobmanager_rpc_port(),
                ProcessRpc.BLOB_SERVER_ENDPOINT, null);
        this.remote = new RemoteBlobServerGateway(process.rpc(), address, process.addresses());
    }

    @Override
    public CompletableFuture<BlobChunk> read(BlobKey key, long offset, int maxLength) {
        return remote.read(key, offset, maxLength);
    }

    @Override
    public String toString() {
        return remote.toString();
    }
}
