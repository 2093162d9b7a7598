package io.riffle.runtime.rpc.internal;

import io.netty.channel.Channel;
import io.netty.handler.codec.EncoderException;
import io.riffle.runtime.rpc.Connection;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** A {@link Connection} over one Netty channel. */
final class ChannelConnection implements Connection {

    private final Channel channel;
    private final InetSocketAddress remoteAddress;
    private final boolean accepted;
    private final CompletableFuture<Void> closeFuture = new CompletableFuture<>();
    /** The first failure seen on the channel; written and read on its event loop only. */
    private Throwable failure;

    ChannelConnection(Channel channel, InetSocketAddress remoteAddress, boolean accepted) {
        this.channel = channel;
        this.remoteAddress = remoteAddress;
        this.accepted = accepted;
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return remoteAddress;
    }

    @Override
    public CompletableFuture<Void> send(Object message) {
        Objects.requireNonNull(message, "message");
        if (!channel.isActive()) {
            // Also keeps the listener below off an event loop that may already have stopped.
            return CompletableFuture.failedFuture(closed(message, null));
        }
        CompletableFuture<Void> sent = new CompletableFuture<>();
        channel.writeAndFlush(message).addListener(write -> {
            if (write.isSuccess()) {
                sent.complete(null);
            } else {
                sent.completeExceptionally(describeSendFailure(message, write.cause()));
            }
        });
        return sent;
    }

    private Throwable describeSendFailure(Object message, Throwable cause) {
        if (cause instanceof EncoderException && cause.getCause() != null) {
            return cause.getCause(); // the codec's or the encoder's own exception says what went wrong
        }
        if (cause instanceof ClosedChannelException) {
            return closed(message, cause);
        }
        return cause;
    }

    private IOException closed(Object message, Throwable cause) {
        return new IOException("cannot send " + message.getClass().getName() + ": " + this + " is closed", cause);
    }

    @Override
    public boolean isWritable() {
        return channel.isWritable();
    }

    @Override
    public CompletableFuture<Void> close() {
        channel.close();
        return closeFuture;
    }

    @Override
    public CompletableFuture<Void> closeFuture() {
        return closeFuture;
    }

    boolean isAccepted() {
        return accepted;
    }

    /** Keeps the first failure: later ones are consequences of it. */
    void recordFailure(Throwable cause) {
        if (failure == null) {
            failure = cause;
        }
    }

    Throwable failure() {
        return failure;
    }

    void markClosed() {
        closeFuture.complete(null);
    }

    @Override
    public String toString() {
        return "connection " + (accepted ? "from " : "to ") + remoteAddress;
    }
}
