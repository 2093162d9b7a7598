package io.riffle.runtime.rest.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.FileUpload;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code POST /jars/upload}: the job bundle arrives as the multipart/form-data field
 * {@value #FIELD} (what Flink's clients send) and is streamed to a temporary file as it comes, so
 * an upload never sits whole in memory; the body is bounded by {@code rest.server.max-content-length}.
 * Checking and storing the file (hashing up to that many bytes) runs on the blocking executor,
 * never on the I/O thread. Every other request passes through to the aggregator.
 */
final class JarUploadHandler extends ChannelInboundHandlerAdapter {

    static final String PATH = "/jars/upload";
    static final String FIELD = "jarfile";

    private static final Logger LOG = LoggerFactory.getLogger(JarUploadHandler.class);

    private final Jars jars;
    private final Executor blocking;

    // the I/O thread of this connection only
    private HttpPostRequestDecoder decoder;
    private long received;
    private boolean keepAlive;
    /** After an upload was refused: drop the rest of its body, then close. */
    private boolean discarding;
    private long discarded;

    JarUploadHandler(Jars jars, Executor blocking) {
        this.jars = jars;
        this.blocking = blocking;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest request && isUpload(request)) {
            ReferenceCountUtil.release(msg);
            start(ctx, request);
        } else if (msg instanceof HttpContent content && (decoder != null || discarding)) {
            try {
                if (!discarding) {
                    receive(ctx, content);
                } else {
                    discard(ctx, content);
                }
            } finally {
                content.release();
            }
        } else {
            ctx.fireChannelRead(msg);
        }
    }

    private static boolean isUpload(HttpRequest request) {
        if (!HttpMethod.POST.equals(request.method()) || request.decoderResult().isFailure()) {
            return false;
        }
        String path = new QueryStringDecoder(request.uri()).path();
        return PATH.equals(path) || (PATH + "/").equals(path);
    }

    private void start(ChannelHandlerContext ctx, HttpRequest request) {
        keepAlive = HttpUtil.isKeepAlive(request);
        received = 0;
        long length = HttpUtil.getContentLength(request, -1L);
        if (length > jars.maxBytes()) {
            refuse(ctx, tooLarge());
            return;
        }
        if (!HttpPostRequestDecoder.isMultipart(request)) {
            refuse(ctx, RestResponse.error(400, "Bad request: upload the job bundle as multipart/form-data field '" + FIELD + "'"));
            return;
        }
        if (HttpUtil.is100ContinueExpected(request)) {
            ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE));
        }
        // every part on disk; the decoder's destroy() deletes the files, so no JVM-exit hook needs to remember them
        DefaultHttpDataFactory factory = new DefaultHttpDataFactory(true);
        factory.setDeleteOnExit(false);
        factory.setMaxLimit(jars.maxBytes());
        try {
            decoder = new HttpPostRequestDecoder(factory, request);
        } catch (HttpPostRequestDecoder.ErrorDataDecoderException e) {
            refuse(ctx, RestResponse.error(400, "Bad request: malformed multipart request: " + e.getMessage()));
        }
    }

    private void receive(ChannelHandlerContext ctx, HttpContent content) {
        received += content.content().readableBytes();
        if (received > jars.maxBytes()) {
            refuse(ctx, tooLarge());
            return;
        }
        try {
            decoder.offer(content);
        } catch (HttpPostRequestDecoder.ErrorDataDecoderException e) {
            refuse(ctx, RestResponse.error(400, "Bad request: malformed multipart body: " + e.getMessage()));
            return;
        }
        if (content instanceof LastHttpContent) {
            finish(ctx);
        }
    }

    private void finish(ChannelHandlerContext ctx) {
        HttpPostRequestDecoder complete = decoder;
        decoder = null;
        InterfaceHttpData data;
        try {
            data = complete.getBodyHttpData(FIELD);
        } catch (HttpPostRequestDecoder.NotEnoughDataDecoderException e) {
            data = null;
        }
        if (!(data instanceof FileUpload upload) || !upload.isCompleted()) {
            complete.destroy();
            RestRequestHandler.write(ctx, RestResponse.error(400, "Bad request: the multipart body has no file field '" + FIELD + "'"), keepAlive);
            return;
        }
        boolean answerKeepAlive = keepAlive;
        CompletableFuture<RestResponse> answer;
        try {
            answer = CompletableFuture.supplyAsync(() -> store(upload), blocking);
        } catch (RejectedExecutionException e) {
            answer = CompletableFuture.completedFuture(RestResponse.error(503, "Service unavailable: too many uploads at once; try again"));
        }
        answer.whenComplete((response, failure) -> ctx.executor().execute(() -> {
            complete.destroy();
            RestRequestHandler.write(ctx, failure == null ? response : RestFailures.toResponse(failure), answerKeepAlive);
        }));
    }

    private RestResponse store(FileUpload upload) {
        if (upload.length() == 0) {
            return RestResponse.error(400, "Bad request: the uploaded file " + upload.getFilename() + " is empty");
        }
        try {
            Path file = upload.getFile().toPath();
            Jars.Jar jar = jars.upload(upload.getFilename(), file);
            LOG.info("job bundle {} uploaded as {}", upload.getFilename(), jar.id());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("filename", jar.id());
            json.put("status", "success");
            return RestResponse.ok(json);
        } catch (IOException e) {
            return RestResponse.error(500, "Internal server error: cannot store the upload: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return RestResponse.error(400, e.getMessage());
        }
    }

    private RestResponse tooLarge() {
        return RestResponse.error(413, "Payload too large: the upload exceeds " + jars.maxBytes() + " bytes (rest.server.max-content-length)");
    }

    /**
     * Answers, then drops the rest of the body and closes once it has ended: closing at once would reset a
     * client still sending, which then never reads the answer. A body that goes on for more than twice the
     * limit is cut off.
     */
    private void refuse(ChannelHandlerContext ctx, RestResponse response) {
        LOG.warn("refused an upload from {}: {}", ctx.channel().remoteAddress(), response.body());
        cleanUp();
        discarding = true;
        discarded = 0;
        RestRequestHandler.write(ctx, response, false, false);
    }

    private void discard(ChannelHandlerContext ctx, HttpContent content) {
        discarded += content.content().readableBytes();
        if (content instanceof LastHttpContent || discarded > 2 * jars.maxBytes()) {
            ctx.close();
        }
    }

    private void cleanUp() {
        if (decoder != null) {
            decoder.destroy();
            decoder = null;
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        cleanUp();
        ctx.fireChannelInactive();
    }
}
