package io.riffle.runtime.rest.internal;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP side of the REST API: Netty's HTTP codec with bounded request line, headers and body, in
 * front of a {@link RestRouter}; job bundle uploads stream past the aggregator through the
 * {@link JarUploadHandler}. One I/O thread is plenty for an API used by a CLI or UI; blocking work
 * (storing uploads) runs on a small bounded pool of its own.
 */
final class RestServer implements AutoCloseable {

    /** Largest request body other than an upload: JSON requests are small, anything bigger is a mistake or an attack. */
    static final int MAX_CONTENT_LENGTH = 1024 * 1024;
    /** Uploads stored at once, and waiting; beyond that an upload is refused with a 503. */
    static final int UPLOAD_THREADS = 2;
    static final int UPLOAD_QUEUE = 8;
    static final int MAX_INITIAL_LINE_LENGTH = 4096;
    static final int MAX_HEADER_SIZE = 8192;

    private final EventLoopGroup group;
    private final Channel channel;
    private final ExecutorService blocking;

    private RestServer(EventLoopGroup group, Channel channel, ExecutorService blocking) {
        this.group = group;
        this.channel = channel;
        this.blocking = blocking;
    }

    /** Binds {@code host:port} (0 picks a free port) and serves until {@link #close()}. */
    static RestServer start(String host, int port, RestRouter router, Jars jars) throws InterruptedException {
        ExecutorService blocking = new ThreadPoolExecutor(UPLOAD_THREADS, UPLOAD_THREADS, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(UPLOAD_QUEUE), new DefaultThreadFactory("riffle-rest-upload", true));
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("riffle-rest", true), NioIoHandler.newFactory());
        try {
            Channel channel = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new HttpServerCodec(MAX_INITIAL_LINE_LENGTH, MAX_HEADER_SIZE, 8192),
                                    new JarUploadHandler(jars, blocking), new BoundedAggregator(MAX_CONTENT_LENGTH),
                                    new RestRequestHandler(router));
                        }
                    })
                    .bind(host, port).sync().channel();
            return new RestServer(group, channel, blocking);
        } catch (InterruptedException | RuntimeException e) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            blocking.shutdownNow();
            throw e;
        }
    }

    InetSocketAddress address() {
        return (InetSocketAddress) channel.localAddress();
    }

    @Override
    public void close() {
        channel.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 5, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
        blocking.shutdownNow();
    }
}
