package io.riffle.taskmanager.internal.network.netty;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.riffle.taskmanager.internal.network.partition.ResultPartitionManager;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TaskManager's data server: consumers on other TaskManagers connect here (one connection per
 * consumer TaskManager) and read the subpartitions registered in its {@link ResultPartitionManager}.
 * A connection that breaks the protocol is closed alone; the server keeps serving the others.
 */
final class DataServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DataServer.class);
    /** Netty's outbound buffer per connection stops taking buffers above 128 KiB and resumes below 64 KiB. */
    static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(64 * 1024, 128 * 1024);
    private static final long CLOSE_TIMEOUT_SECONDS = 10;

    private final Channel listening;
    private final ChannelGroup connections;
    private final ServerCounters counters;

    private DataServer(Channel listening, ChannelGroup connections, ServerCounters counters) {
        this.listening = listening;
        this.connections = connections;
        this.counters = counters;
    }

    /** Binds {@code host:port} (0: a free port), waiting for the bind. */
    static DataServer bind(EventLoopGroup group, String host, int port, ResultPartitionManager partitions, ExchangeSettings settings)
            throws InterruptedException {
        ServerCounters counters = new ServerCounters();
        ChannelGroup connections = new DefaultChannelGroup("riffle-data-server", GlobalEventExecutor.INSTANCE);
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        counters.connectionAccepted();
                        connections.add(channel);
                        channel.pipeline()
                                .addLast("decoder", new MessageDecoder(settings.maxFrameSize()))
                                .addLast("encoder", MessageEncoder.INSTANCE)
                                .addLast("server", new PartitionRequestServerHandler(partitions, counters));
                    }
                });
        ChannelFuture bind = bootstrap.bind(host, port).await();
        if (!bind.isSuccess()) {
            throw new IllegalStateException("cannot bind the data server to " + host + ":" + port + ": " + bind.cause().getMessage(),
                    bind.cause());
        }
        DataServer server = new DataServer(bind.channel(), connections, counters);
        LOG.info("data server listens on {}", server.address());
        return server;
    }

    InetSocketAddress address() {
        return (InetSocketAddress) listening.localAddress();
    }

    ServerCounters counters() {
        return counters;
    }

    /** Stops accepting and closes every connection: their consumers fail with a lost connection. */
    @Override
    public void close() {
        listening.close().awaitUninterruptibly(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        connections.close().awaitUninterruptibly(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
