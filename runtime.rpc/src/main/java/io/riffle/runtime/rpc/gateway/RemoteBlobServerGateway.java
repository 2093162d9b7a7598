package io.riffle.runtime.rpc.gateway;

import io.riffle.runtime.blob.BlobChunk;
import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.blob.BlobServerGateway;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.rpc.RpcService;
import java.util.concurrent.CompletableFuture;

/**
 * The JobManager's blob server in another process. Each read completes with the chunk, or with a
 * {@link io.riffle.runtime.rpc.RemoteCallException} carrying the server's reason (an unknown key, ...).
 */
public final class RemoteBlobServerGateway implements BlobServerGateway, RemoteGateway {

    private final RemoteCaller caller;

    public RemoteBlobServerGateway(RpcService rpc, RpcAddress address, GatewayAddresses addresses) {
        this.caller = new RemoteCaller(rpc, address, addresses);
    }

    @Override
    public RpcAddress address() {
        return caller.target();
    }

    @Override
    public CompletableFuture<BlobChunk> read(BlobKey key, long offset, int maxLength) {
        return caller.call(() -> new ReadBlob(key, offset, maxLength), BlobChunk.class);
    }

    @Override
    public String toString() {
        return "blob server at " + address();
    }
}
