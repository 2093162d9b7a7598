package io.riffle.runtime.rpc.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.riffle.runtime.rpc.MessageHandler;
import io.riffle.runtime.rpc.ProtocolViolationException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last inbound stage: passes a connection's events to its {@link MessageHandler}, and closes
 * the connection on the first error, logging why. A protocol error only ever closes the
 * connection it happened on.
 */
final class ConnectionHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionHandler.class);

    private final ChannelConnection connection;
    private final MessageHandler handler;

    ConnectionHandler(ChannelConnection connection, MessageHandler handler) {
        this.connection = connection;
        this.handler = handler;
    }

    ChannelConnection connection() {
        return connection;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        try {
            handler.onConnected(connection);
        } catch (RuntimeException e) {
            LOG.error("handler failed on the opening of {}", connection, e);
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        try {
            handler.onMessage(connection, message);
        } catch (RuntimeException e) {
            LOG.error("handler failed on a {} from {}", message.getClass().getName(), connection, e);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        connection.recordFailure(cause);
        String action = ctx.channel().isActive() ? "closing " : "lost ";
        if (cause instanceof ProtocolViolationException) {
            LOG.warn("{}{}: {}", action, connection, cause.getMessage());
        } else if (cause instanceof IOException) {
            LOG.info("{}{}: {}", action, connection, cause.toString()); // resets and the like: no stack needed
        } else {
            LOG.warn("{}{}", action, connection, cause);
        }
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        try {
            handler.onClosed(connection, connection.failure());
        } catch (RuntimeException e) {
            LOG.error("handler failed on the closing of {}", connection, e);
        } finally {
            connection.markClosed();
        }
    }
}
