package io.riffle.runtime.rpc;

import io.riffle.runtime.rpc.codec.MessageCodecRegistry;
import io.riffle.runtime.rpc.internal.DefaultRpcService;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Calls endpoints in other processes and serves this process's endpoints, over one
 * {@link MessageTransport}: one connection per remote process, reused by every call to it.
 * Every call has a timeout; a lost connection fails the calls waiting on it at once.
 */
@ProviderType
public interface RpcService extends AutoCloseable {

    /**
     * Starts a service listening as {@code transport} says; the future completes once it is bound.
     *
     * @param messages the codecs of the request and response messages the endpoints use
     */
    static CompletableFuture<RpcService> start(MessageCodecRegistry messages, TransportSettings transport, RpcSettings settings) {
        return DefaultRpcService.start(messages, transport, settings);
    }

    /** Where other processes reach this service. */
    InetSocketAddress address();

    /** Serves {@code name}; a second endpoint of the same name fails. */
    void register(String name, RpcEndpoint endpoint);

    void unregister(String name);

    /**
     * Sends {@code request} to {@code target} and completes with its response, or exceptionally
     * with a {@link RemoteCallException}.
     */
    <R> CompletableFuture<R> call(RpcAddress target, Object request, Class<R> responseType);

    @Override
    void close();
}
