package io.riffle.runtime.rpc.internal;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Future;
import io.riffle.runtime.rpc.Connection;
import io.riffle.runtime.rpc.MessageHandler;
import io.riffle.runtime.rpc.MessageTransport;
import io.riffle.runtime.rpc.TransportSettings;
import io.riffle.runtime.rpc.codec.MessageCodecRegistry;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link MessageTransport} on Netty's NIO transport, with one event loop group for all channels. */
public final class NettyMessageTransport implements MessageTransport {

    private static final Logger LOG = LoggerFactory.getLogger(NettyMessageTransport.class);

    /** Above 64 KiB queued, a connection reports itself not writable; below 32 KiB, writable again. */
    static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(32 * 1024, 64 * 1024);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);

    private final MessageCodecRegistry codecs;
    private final TransportSettings settings;
    private final EventLoopGroup group;
    /** Listening and connected channels, so that close() can close them before stopping the threads. */
    private final Set<Channel> channels = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    public NettyMessageTransport(MessageCodecRegistry codecs, TransportSettings settings) {
        this.codecs = Objects.requireNonNull(codecs, "codecs");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.group = new MultiThreadIoEventLoopGroup(settings.workerThreads(), new DefaultThreadFactory("riffle-rpc", true),
                NioIoHandler.newFactory());
    }

    @Override
    public TransportSettings settings() {
        return settings;
    }

    @Override
    public CompletableFuture<InetSocketAddress> bind(MessageHandler handler) {
        Objects.requireNonNull(handler, "handler");
        if (closed.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("the transport is closed"));
        }
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
                .childHandler(new ConnectionInitializer(codecs, settings.maxFrameSize(), handler, null, this::track));
        CompletableFuture<InetSocketAddress> bound = new CompletableFuture<>();
        ChannelFuture bind = bootstrap.bind(settings.bindHost(), settings.port());
        bind.addListener(f -> {
            if (f.isSuccess()) {
                track(bind.channel());
                InetSocketAddress address = (InetSocketAddress) bind.channel().localAddress();
                LOG.info("listening on {}", address);
                bound.complete(address);
            } else {
                bound.completeExceptionally(f.cause());
            }
        });
        return bound;
    }

    @Override
    public CompletableFuture<Connection> connect(InetSocketAddress remote, MessageHandler handler) {
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(handler, "handler");
        if (closed.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("the transport is closed"));
        }
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
                .handler(new ConnectionInitializer(codecs, settings.maxFrameSize(), handler, remote, this::track));
        CompletableFuture<Connection> connected = new CompletableFuture<>();
        ChannelFuture connect = bootstrap.connect(remote);
        connect.addListener(f -> {
            if (f.isSuccess()) {
                connected.complete(connect.channel().pipeline().get(ConnectionHandler.class).connection());
            } else {
                connected.completeExceptionally(f.cause());
            }
        });
        return connected;
    }

    private void track(Channel channel) {
        channels.add(channel);
        channel.closeFuture().addListener(f -> channels.remove(channel));
        if (closed.get()) {
            channel.close(); // raced with close(): do not let it outlive the transport
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        boolean onOwnThread = isOwnThread();
        long deadline = System.nanoTime() + SHUTDOWN_TIMEOUT.toNanos();
        // Listening channels first, so that nothing new arrives while the connections close.
        channels.stream().filter(c -> c instanceof ServerChannel).forEach(Channel::close);
        for (Channel channel : Set.copyOf(channels)) {
            ChannelFuture closing = channel.close();
            if (!onOwnThread) {
                closing.awaitUninterruptibly(remainingMillis(deadline));
            }
        }
        Future<?> shutdown = group.shutdownGracefully(0, SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (onOwnThread) {
            return; // waiting for our own thread to end would never return
        }
        if (!shutdown.awaitUninterruptibly(remainingMillis(deadline))) {
            LOG.warn("I/O threads of the transport did not stop within {}", SHUTDOWN_TIMEOUT);
        }
    }

    private boolean isOwnThread() {
        for (EventExecutor executor : group) {
            if (executor.inEventLoop()) {
                return true;
            }
        }
        return false;
    }

    private static long remainingMillis(long deadline) {
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    }
}
