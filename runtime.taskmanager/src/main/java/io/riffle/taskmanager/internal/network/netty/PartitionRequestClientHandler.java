package io.riffle.taskmanager.internal.network.netty;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.io.IOException;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receiving side of one connection to another TaskManager's data server: hands each buffer
 * and error to the remote input channel it is addressed to. A broken connection or a protocol
 * violation fails every channel on it, naming the producer's address.
 */
final class PartitionRequestClientHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(PartitionRequestClientHandler.class);

    private final SocketAddress remote;
    /** Registered from task threads, read on the event loop. */
    private final Map<InputChannelId, RemoteInputChannel> channels = new ConcurrentHashMap<>();
    private volatile Throwable connectionFailure;

    PartitionRequestClientHandler(SocketAddress remote) {
        this.remote = remote;
    }

    /** Adds a channel; false if the connection already failed (the channel is failed then). */
    boolean register(RemoteInputChannel channel) {
        channels.put(channel.getId(), channel);
        Throwable failure = connectionFailure;
        if (failure != null && channels.remove(channel.getId()) != null) {
            channel.onError(failure);
            return false;
        }
        return true;
    }

    void unregister(RemoteInputChannel channel) {
        channels.remove(channel.getId(), channel);
    }

    int numberOfChannels() {
        return channels.size();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) throws DataProtocolException {
        if (message instanceof BufferResponse response) {
            try {
                RemoteInputChannel channel = channels.get(response.receiverId());
                if (channel != null) {
                    channel.onBuffer(response);
                }
                // else: the channel was released; the server drops its reader on the cancel request
            } finally {
                response.data().release();
            }
        } else if (message instanceof ErrorResponse error) {
            if (error.receiverId() == null) {
                failAll(new IOException("the data server at " + remote + " failed the connection: " + error.message()));
                ctx.close();
                return;
            }
            RemoteInputChannel channel = channels.remove(error.receiverId());
            if (channel != null) {
                channel.onError(new IOException("producer at " + remote + ": " + error.message()));
            }
        } else {
            throw new DataProtocolException("the data server at " + remote + " sent " + message.getClass().getSimpleName()
                    + ", which only consumers send");
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof DataProtocolException) {
            LOG.warn("closing data connection to {}: {}", remote, cause.getMessage());
        } else {
            LOG.info("data connection to {} failed: {}", remote, cause.toString());
        }
        failAll(new IOException("data connection to " + remote + " failed: " + cause.getMessage(), cause));
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        failAll(new IOException("lost the data connection to the TaskManager at " + remote));
        ctx.fireChannelInactive();
    }

    private void failAll(Throwable cause) {
        if (connectionFailure == null) {
            connectionFailure = cause;
        }
        List<RemoteInputChannel> failed = new ArrayList<>(channels.values());
        channels.clear();
        for (RemoteInputChannel channel : failed) {
            channel.onError(cause);
        }
    }
}
