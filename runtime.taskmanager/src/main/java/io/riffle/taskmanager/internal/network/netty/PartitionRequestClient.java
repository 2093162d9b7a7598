package io.riffle.taskmanager.internal.network.netty;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.RejectedExecutionException;

/**
 * One TCP connection to another TaskManager's data server, shared by every remote input channel of
 * this TaskManager that reads from it: channels are told apart by their {@link InputChannelId}.
 * Thread-safe: channels call it from task threads and Netty threads.
 */
public final class PartitionRequestClient {

    private final Channel channel;
    private final PartitionRequestClientHandler handler;
    private final InetSocketAddress remote;

    PartitionRequestClient(Channel channel, PartitionRequestClientHandler handler, InetSocketAddress remote) {
        this.channel = channel;
        this.handler = handler;
        this.remote = remote;
    }

    /** Asks for the channel's subpartition, granting its initial credit. Failures reach the channel. */
    void requestSubpartition(RemoteInputChannel inputChannel, int initialCredit) {
        if (!handler.register(inputChannel)) {
            return;
        }
        PartitionRequest request = new PartitionRequest(inputChannel.getPartitionId(), inputChannel.getSubpartitionIndex(),
                inputChannel.getId(), initialCredit);
        channel.writeAndFlush(request).addListener((ChannelFutureListener) f -> {
            if (!f.isSuccess()) {
                handler.unregister(inputChannel);
                inputChannel.onError(new IOException("cannot send the partition request to " + remote + ": " + f.cause().getMessage(),
                        f.cause()));
            }
        });
    }

    /**
     * Tells the server about credit the channel has not announced yet. Called when the channel's
     * unannounced credit goes from zero to positive; the credit is collected on the event loop, so
     * recycles in between are announced in the same message.
     */
    void announceCredit(RemoteInputChannel inputChannel) {
        try {
            channel.eventLoop().execute(() -> {
                int credit = inputChannel.takeUnannouncedCredit();
                if (credit > 0 && channel.isActive()) {
                    channel.writeAndFlush(new AddCredit(inputChannel.getId(), credit), channel.voidPromise());
                }
            });
        } catch (RejectedExecutionException e) {
            inputChannel.onError(new IOException("the data client is shut down", e));
        }
    }

    /** The channel stops reading: the server drops its reader, and buffers still on the way are dropped here. */
    void cancel(RemoteInputChannel inputChannel) {
        handler.unregister(inputChannel);
        if (channel.isActive()) {
            channel.writeAndFlush(new CancelPartitionRequest(inputChannel.getId()), channel.voidPromise());
        }
    }

    boolean isActive() {
        return channel.isActive();
    }

    InetSocketAddress remoteAddress() {
        return remote;
    }

    /** Remote input channels currently reading over this connection. */
    public int numberOfChannels() {
        return handler.numberOfChannels();
    }

    @Override
    public String toString() {
        return "data connection to " + remote;
    }
}
