package io.riffle.runtime.rest.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;

/**
 * Netty's aggregator with one change: an oversized request gets the API's JSON 400 and the
 * connection is closed (Netty's own answer is an empty 413 that may keep the connection), so every
 * bad request looks the same to a client and leaves nothing half-read behind.
 */
final class BoundedAggregator extends HttpObjectAggregator {

    BoundedAggregator(int maxContentLength) {
        super(maxContentLength);
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        RestRequestHandler.badRequest(ctx, "request body exceeds " + maxContentLength() + " bytes");
    }
}
