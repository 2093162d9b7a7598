package io.riffle.taskmanager.internal.network.netty;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A TaskManager's connections to other TaskManagers' data servers: at most one per server, shared
 * by all remote input channels reading from it, opened on first use and forgotten when it closes
 * (the next request opens a new one). Thread-safe.
 */
final class DataClient implements AutoCloseable {

    private static final long CLOSE_TIMEOUT_SECONDS = 10;

    private final EventLoopGroup group;
    private final ExchangeSettings settings;
    private final Map<InetSocketAddress, CompletableFuture<PartitionRequestClient>> clients = new ConcurrentHashMap<>();
    private final ChannelGroup connections = new DefaultChannelGroup("riffle-data-client", GlobalEventExecutor.INSTANCE);
    private volatile boolean closed;

    DataClient(EventLoopGroup group, ExchangeSettings settings) {
        this.group = group;
        this.settings = settings;
    }

    /** The connection to the data server at {@code remote}: the open one, or a new one. */
    CompletableFuture<PartitionRequestClient> connect(InetSocketAddress remote) {
        while (true) {
            if (closed) {
                return CompletableFuture.failedFuture(new IllegalStateException("the data client is closed"));
            }
            CompletableFuture<PartitionRequestClient> existing = clients.get(remote);
            if (existing != null) {
                if (!existing.isDone() || existing.isCompletedExceptionally() || existing.join().isActive()) {
                    return existing;
                }
                clients.remove(remote, existing); // closed and not yet forgotten
                continue;
            }
            CompletableFuture<PartitionRequestClient> created = new CompletableFuture<>();
            if (clients.putIfAbsent(remote, created) == null) {
                open(remote, created);
                return created;
            }
        }
    }

    private void open(InetSocketAddress remote, CompletableFuture<PartitionRequestClient> result) {
        PartitionRequestClientHandler handler = new PartitionRequestClientHandler(remote);
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        connections.add(channel);
                        channel.pipeline()
                                .addLast("decoder", new MessageDecoder(settings.maxFrameSize()))
                                .addLast("encoder", MessageEncoder.INSTANCE)
                                .addLast("client", handler);
                    }
                });
        ChannelFuture connect = bootstrap.connect(remote);
        connect.addListener(f -> {
            if (!f.isSuccess()) {
                clients.remove(remote, result);
                result.completeExceptionally(f.cause());
                return;
            }
            Channel channel = connect.channel();
            channel.closeFuture().addListener(c -> clients.remove(remote, result));
            result.complete(new PartitionRequestClient(channel, handler, remote));
        });
    }

    /** Open connections to data servers. */
    int numberOfConnections() {
        return connections.size();
    }

    @Override
    public void close() {
        closed = true;
        connections.close().awaitUninterruptibly(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        clients.clear();
    }
}
