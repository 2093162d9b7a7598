package io.riffle.runtime.rpc.internal;

import io.riffle.runtime.endpoint.TimerThread;
import io.riffle.runtime.rpc.Connection;
import io.riffle.runtime.rpc.FencingTokenException;
import io.riffle.runtime.rpc.MessageHandler;
import io.riffle.runtime.rpc.MessageTransport;
import io.riffle.runtime.rpc.RemoteCallException;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.rpc.RpcEndpoint;
import io.riffle.runtime.rpc.RpcRequest;
import io.riffle.runtime.rpc.RpcResponse;
import io.riffle.runtime.rpc.RpcService;
import io.riffle.runtime.rpc.RpcSettings;
import io.riffle.runtime.rpc.TransportSettings;
import io.riffle.runtime.rpc.codec.MessageCodec;
import io.riffle.runtime.rpc.codec.MessageCodecRegistry;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Request/response calls over a {@link MessageTransport}. A call registers a pending answer under
 * a fresh call id, sends an {@link RpcRequest} on the (reused) connection to the target process and
 * completes when the {@link RpcResponse} with that id arrives, when its timeout passes, or when
 * the connection is lost. Incoming requests go to the endpoint they name, unless it is fenced by
 * another token than the request carries; its answer goes back on the connection the request came on.
 */
public final class DefaultRpcService implements RpcService, MessageHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultRpcService.class);

    private final MessageTransport transport;
    private final RpcSettings settings;
    private final ScheduledExecutorService timeouts = TimerThread.create("riffle-rpc-timeouts");
    private final ConcurrentMap<String, Registered> endpoints = new ConcurrentHashMap<>();
    /** One connection per remote process: bounded by the number of peers. */
    private final ConcurrentMap<InetSocketAddress, CompletableFuture<Connection>> connections = new ConcurrentHashMap<>();
    /** Calls waiting for an answer: bounded by {@link RpcSettings#maxPendingCalls()}. */
    private final ConcurrentMap<Long, PendingCall> pending = new ConcurrentHashMap<>();
    private final AtomicLong nextCallId = new AtomicLong();
    private volatile InetSocketAddress address;

    /** @param fencingToken null for an unfenced endpoint */
    private record Registered(RpcEndpoint endpoint, UUID fencingToken) {}

    private record PendingCall(CompletableFuture<Object> answer, Class<?> responseType, RpcAddress target,
            CompletableFuture<Connection> connection) {}

    private DefaultRpcService(MessageTransport transport, RpcSettings settings) {
        this.transport = transport;
        this.settings = settings;
    }

    public static CompletableFuture<RpcService> start(MessageCodecRegistry messages, TransportSettings transportSettings,
            RpcSettings settings) {
        List<MessageCodec<?>> codecs = new ArrayList<>(messages.codecs());
        codecs.addAll(EnvelopeCodecs.of(messages));
        DefaultRpcService service = new DefaultRpcService(MessageTransport.create(new MessageCodecRegistry(codecs), transportSettings),
                settings);
        return service.transport.bind(service).handle((bound, failure) -> {
            if (failure != null) {
                service.close();
                throw new CompletionException("the RPC service cannot listen on " + transportSettings.bindHost() + ":"
                        + transportSettings.port(), failure);
            }
            service.address = bound;
            return service;
        });
    }

    @Override
    public InetSocketAddress address() {
        return address;
    }

    @Override
    public void register(String name, UUID fencingToken, RpcEndpoint endpoint) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(endpoint, "endpoint");
        if (endpoints.putIfAbsent(name, new Registered(endpoint, fencingToken)) != null) {
            throw new IllegalStateException("an endpoint named '" + name + "' is already registered");
        }
    }

    @Override
    public void unregister(String name) {
        endpoints.remove(name);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> CompletableFuture<R> call(RpcAddress target, Object request, Class<R> responseType) {
        if (pending.size() >= settings.maxPendingCalls()) {
            return CompletableFuture.failedFuture(new RemoteCallException("cannot call " + target + ": "
                    + pending.size() + " calls already wait for answers (the limit)", null));
        }
        long callId = nextCallId.incrementAndGet();
        CompletableFuture<Object> answer = new CompletableFuture<>();
        CompletableFuture<Connection> connection = connectionTo(target.socketAddress());
        pending.put(callId, new PendingCall(answer, responseType, target, connection));
        long timeoutMillis = settings.callTimeout().toMillis();
        var timeout = timeouts.schedule(() -> fail(callId, new RemoteCallException("no answer from " + target + " to "
                + request.getClass().getSimpleName() + " within " + timeoutMillis + " ms", null)), timeoutMillis, TimeUnit.MILLISECONDS);
        answer.whenComplete((result, failure) -> {
            timeout.cancel(false);
            pending.remove(callId);
        });
        connection.thenCompose(open -> open.send(new RpcRequest(callId, target.endpoint(), target.fencingToken(), request)))
                .whenComplete((sent, failure) -> {
                    if (failure != null) {
                        fail(callId, new RemoteCallException("cannot send " + request.getClass().getSimpleName() + " to " + target,
                                unwrap(failure)));
                    }
                });
        return (CompletableFuture<R>) answer;
    }

    /** The connection to {@code remote}: the open one, or a new one; two first calls at once share one. */
    private CompletableFuture<Connection> connectionTo(InetSocketAddress remote) {
        List<CompletableFuture<Connection>> created = new ArrayList<>(1);
        CompletableFuture<Connection> connection = connections.compute(remote, (key, existing) -> {
            if (existing != null && !isLost(existing)) {
                return existing;
            }
            CompletableFuture<Connection> opened = transport.connect(key, this);
            created.add(opened);
            return opened;
        });
        // cleanup is attached outside compute(): it may run at once, and must not update the map from inside it
        for (CompletableFuture<Connection> opened : created) {
            opened.whenComplete((open, failure) -> {
                if (failure != null) {
                    connections.remove(remote, opened);
                } else {
                    open.closeFuture().whenComplete((closed, ignored) -> connections.remove(remote, opened));
                }
            });
        }
        return connection;
    }

    private static boolean isLost(CompletableFuture<Connection> connection) {
        return connection.isDone() && (connection.isCompletedExceptionally() || connection.join().closeFuture().isDone());
    }

    private void fail(long callId, Throwable reason) {
        PendingCall call = pending.get(callId);
        if (call != null) {
            call.answer.completeExceptionally(reason);
        }
    }

    @Override
    public void onMessage(Connection connection, Object message) {
        if (message instanceof RpcRequest request) {
            serve(connection, request);
        } else if (message instanceof RpcResponse response) {
            answer(response);
        } else {
            LOG.warn("closing connection from {}: {} is not an RPC message", connection.remoteAddress(),
                    message.getClass().getName());
            connection.close();
        }
    }

    private void serve(Connection connection, RpcRequest request) {
        Registered registered = endpoints.get(request.endpoint());
        CompletableFuture<?> result;
        if (registered == null) {
            result = CompletableFuture.failedFuture(new IllegalStateException("no endpoint '" + request.endpoint() + "' at " + address));
        } else if (registered.fencingToken != null && !registered.fencingToken.equals(request.fencingToken())) {
            // Checked here, before the endpoint sees the request, so no endpoint can forget to.
            FencingTokenException stale = new FencingTokenException(request.endpoint(), request.payload(), request.fencingToken(),
                    registered.fencingToken);
            LOG.debug("rejecting call {} from {}: {}", request.callId(), connection.remoteAddress(), stale.getMessage());
            result = CompletableFuture.failedFuture(stale);
        } else {
            result = handle(registered.endpoint, request);
        }
        result.whenComplete((value, failure) -> {
            RpcResponse response = failure == null ? new RpcResponse(request.callId(), value, null)
                    : new RpcResponse(request.callId(), null, unwrap(failure));
            connection.send(response).whenComplete((sent, sendFailure) -> {
                if (sendFailure != null && failure == null) {
                    // e.g. no codec for the result: tell the caller rather than let it time out
                    connection.send(new RpcResponse(request.callId(), null, unwrap(sendFailure)));
                } else if (sendFailure != null) {
                    LOG.warn("could not answer call {} from {}: {}", request.callId(), connection.remoteAddress(), sendFailure.toString());
                }
            });
        });
    }

    private static CompletableFuture<?> handle(RpcEndpoint endpoint, RpcRequest request) {
        try {
            CompletableFuture<?> result = endpoint.handle(request.payload());
            return result != null ? result : CompletableFuture.failedFuture(new IllegalStateException("endpoint '"
                    + request.endpoint() + "' returned no future for " + request.payload().getClass().getSimpleName()));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void answer(RpcResponse response) {
        PendingCall call = pending.get(response.callId());
        if (call == null) {
            LOG.debug("dropping the answer to call {}: it timed out or its caller is gone", response.callId());
            return;
        }
        if (response.failure() != null) {
            call.answer.completeExceptionally(new RemoteCallException(call.target + " failed the call: " + response.failure(),
                    response.failure()));
        } else if (response.payload() != null && !call.responseType.isInstance(response.payload())) {
            call.answer.completeExceptionally(new RemoteCallException(call.target + " answered with a "
                    + response.payload().getClass().getName() + ", expected a " + call.responseType.getName(), null));
        } else {
            call.answer.complete(response.payload());
        }
    }

    @Override
    public void onClosed(Connection connection, Throwable cause) {
        for (var entry : pending.entrySet()) {
            CompletableFuture<Connection> callConnection = entry.getValue().connection;
            if (callConnection.isDone() && !callConnection.isCompletedExceptionally() && callConnection.join() == connection) {
                fail(entry.getKey(), new RemoteCallException("lost the connection to " + entry.getValue().target
                        + (cause == null ? "" : ": " + cause.getMessage()), cause));
            }
        }
    }

    @Override
    public void close() {
        transport.close();
        timeouts.shutdownNow();
        for (PendingCall call : pending.values()) {
            call.answer.completeExceptionally(new RemoteCallException("the RPC service was closed", null));
        }
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
