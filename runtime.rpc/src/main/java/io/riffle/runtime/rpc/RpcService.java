package io.riffle.runtime.rpc;

import io.riffle.runtime.rpc.codec.MessageCodecRegistry;
import io.riffle.runtime.rpc.internal.DefaultRpcService;
import java.net.InetSocketAddress;
import java.util.UUID;
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

    /** Serves {@code name}, unfenced; a second endpoint of the same name fails. */
    default void register(String name, RpcEndpoint endpoint) {
        register(name, null, endpoint);
    }

    /**
     * Serves {@code name}, fenced by {@code fencingToken} (e.g. the leader session id of a JobMaster
     * or the ResourceManager): a request whose {@link RpcRequest#fencingToken()} differs, or that
     * carries none, is not handed to {@code endpoint} but answered with a {@link
     * FencingTokenException}, so that callers holding the address of an earlier leader session
     * cannot change the current one. A new leader session re-registers with its new token. An
     * unfenced endpoint ({@code fencingToken} null) ignores the tokens requests carry.
     *
     * @throws IllegalStateException if an endpoint of that name is registered
     */
    void register(String name, UUID fencingToken, RpcEndpoint endpoint);

    void unregister(String name);

    /**
     * Sends {@code request} to {@code target}, with its fencing token, and completes with its
     * response, or exceptionally with a {@link RemoteCallException}.
     */
    <R> CompletableFuture<R> call(RpcAddress target, Object request, Class<R> responseType);

    @Override
    void close();
}
