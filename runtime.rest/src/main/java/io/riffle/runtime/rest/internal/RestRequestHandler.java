package io.riffle.runtime.rest.internal;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers each aggregated request through the {@link RestRouter}. A request the codec could not
 * parse (garbage, a line or headers too long) gets a 400 and the connection is closed, since the
 * byte stream can no longer be trusted; the server and its other connections carry on.
 */
final class RestRequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(RestRequestHandler.class);

    private final RestRouter router;

    RestRequestHandler(RestRouter router) {
        this.router = router;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (request.decoderResult().isFailure()) {
            Throwable cause = request.decoderResult().cause();
            badRequest(ctx, cause == null ? "malformed HTTP request" : cause.getMessage());
            return;
        }
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        // completes on the Dispatcher's thread for job routes; Netty hands the write to the I/O thread
        RestRequest rest = RestRequest.parse(request.method().name(), request.uri(), request.content().toString(StandardCharsets.UTF_8));
        router.route(rest).whenComplete((answer, failure) -> {
            RestResponse response = failure == null ? answer : RestResponse.error(500, "Internal server error: " + failure.getMessage());
            write(ctx, response, keepAlive);
        });
    }

    static void badRequest(ChannelHandlerContext ctx, String reason) {
        LOG.warn("closing REST connection from {}: bad request: {}", ctx.channel().remoteAddress(), reason);
        write(ctx, RestResponse.error(400, "Bad request: " + reason), false);
    }

    static void write(ChannelHandlerContext ctx, RestResponse response, boolean keepAlive) {
        write(ctx, response, keepAlive, !keepAlive);
    }

    /**
     * @param closeNow close once the response is out; false leaves closing to the caller, e.g. after it
     *     read the rest of a refused request's body, so the client is not reset while still sending it
     */
    static void write(ChannelHandlerContext ctx, RestResponse response, boolean keepAlive, boolean closeNow) {
        FullHttpResponse http = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(response.status()),
                Unpooled.copiedBuffer(response.body(), StandardCharsets.UTF_8));
        http.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8");
        HttpUtil.setContentLength(http, http.content().readableBytes());
        if (response.allow() != null) {
            http.headers().set(HttpHeaderNames.ALLOW, response.allow());
        }
        if (keepAlive) {
            http.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            ctx.writeAndFlush(http);
        } else if (closeNow) {
            http.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(http).addListener(ChannelFutureListener.CLOSE);
        } else {
            http.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(http);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.warn("closing REST connection from {}: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}
