package io.riffle.runtime.rpc.internal;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.riffle.runtime.rpc.MessageHandler;
import io.riffle.runtime.rpc.codec.MessageCodecRegistry;
import java.net.InetSocketAddress;
import java.util.function.Consumer;

/** Builds the pipeline of one connection: frame decoder, frame encoder, then the handler. */
final class ConnectionInitializer extends ChannelInitializer<SocketChannel> {

    private final MessageCodecRegistry codecs;
    private final int maxFrameSize;
    private final MessageHandler handler;
    /** The peer for outbound connections; null for accepted ones, which know theirs already. */
    private final InetSocketAddress connectTo;
    private final Consumer<SocketChannel> onChannel;

    ConnectionInitializer(MessageCodecRegistry codecs, int maxFrameSize, MessageHandler handler, InetSocketAddress connectTo,
            Consumer<SocketChannel> onChannel) {
        this.codecs = codecs;
        this.maxFrameSize = maxFrameSize;
        this.handler = handler;
        this.connectTo = connectTo;
        this.onChannel = onChannel;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        boolean accepted = connectTo == null;
        ChannelConnection connection = new ChannelConnection(channel, accepted ? channel.remoteAddress() : connectTo, accepted);
        channel.pipeline()
                .addLast("frameDecoder", new FrameDecoder(codecs, maxFrameSize))
                .addLast("frameEncoder", new FrameEncoder(codecs, maxFrameSize))
                .addLast("connection", new ConnectionHandler(connection, handler));
        onChannel.accept(channel);
    }
}
