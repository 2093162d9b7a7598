package io.riffle.taskmanager.internal.network.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.riffle.taskmanager.internal.network.buffer.Buffer;
import io.riffle.taskmanager.internal.network.event.EndOfPartitionEvent;
import io.riffle.taskmanager.internal.network.partition.BufferAndAvailability;
import io.riffle.taskmanager.internal.network.partition.ResultPartitionManager;
import io.riffle.taskmanager.internal.network.partition.ResultSubpartitionView;
import io.riffle.taskmanager.internal.network.serialization.EventSerializer;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sending side of one connection: serves the partition requests of a consumer TaskManager,
 * sending each subpartition's buffers only against credit, one credit per buffer (events too).
 *
 * <p>Readers with something to send wait in a queue (each at most once, so it is bounded by the
 * readers of the connection) and are served round robin while the channel is writable; when it
 * is not, serving stops until Netty reports it writable again. So what waits in Netty's outbound
 * buffer is bounded by the write-buffer high-water mark plus one buffer, and what a consumer
 * receives by the credit it granted. A reader is queued when its view gets data (the producer's
 * notification is handed to the event loop) and when its credit goes from zero to positive.
 *
 * <p>Every field is confined to the channel's event loop.
 */
final class PartitionRequestServerHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(PartitionRequestServerHandler.class);
    /** More readers per connection than any TaskManager has channels: a bound against a hostile peer. */
    static final int MAX_READERS_PER_CONNECTION = 1 << 16;

    private final ResultPartitionManager partitions;
    private final ServerCounters counters;
    private final Map<InputChannelId, SubpartitionReader> readers = new HashMap<>();
    private final ArrayDeque<SubpartitionReader> available = new ArrayDeque<>();
    private ChannelHandlerContext ctx;

    PartitionRequestServerHandler(ResultPartitionManager partitions, ServerCounters counters) {
        this.partitions = partitions;
        this.counters = counters;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (message instanceof PartitionRequest request) {
            onPartitionRequest(request);
        } else if (message instanceof AddCredit credit) {
            onAddCredit(credit);
        } else if (message instanceof CancelPartitionRequest cancel) {
            SubpartitionReader reader = readers.remove(cancel.receiverId());
            if (reader != null) {
                reader.release();
            }
        } else {
            if (message instanceof BufferResponse response) {
                response.data().release();
            }
            // this handler is the last one: handle it here, fireExceptionCaught would pass it beyond
            exceptionCaught(ctx, new DataProtocolException("a consumer sent " + message.getClass().getSimpleName()
                    + ", which only producers send"));
        }
    }

    private void onPartitionRequest(PartitionRequest request) {
        InputChannelId receiver = request.receiverId();
        if (readers.containsKey(receiver)) {
            sendError(receiver, "channel " + receiver + " already has a partition request on this connection");
            return;
        }
        if (readers.size() >= MAX_READERS_PER_CONNECTION) {
            sendError(receiver, "too many partition requests on one connection (" + MAX_READERS_PER_CONNECTION + ")");
            return;
        }
        SubpartitionReader reader = new SubpartitionReader(receiver, request.partitionId(), request.subpartitionIndex(), request.credit());
        readers.put(receiver, reader);
        counters.creditGranted(request.credit());
        LOG.debug("{} requested by {}", reader, ctx.channel().remoteAddress());
        reader.viewFuture = partitions.createSubpartitionView(request.partitionId(), request.subpartitionIndex(),
                () -> onEventLoop(() -> enqueue(reader)));
        reader.viewFuture.whenComplete((view, failure) -> onEventLoop(() -> onView(reader, view, failure)));
    }

    private void onView(SubpartitionReader reader, ResultSubpartitionView view, Throwable failure) {
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (!(cause instanceof CancellationException) && readers.remove(reader.receiverId, reader)) {
                sendError(reader.receiverId, reader + " failed: " + describe(cause));
            }
            return;
        }
        if (reader.released) {
            view.releaseAllResources();
            return;
        }
        reader.view = view;
        // Buffers queued before the view existed produced no notification: look once.
        enqueue(reader);
    }

    private void onAddCredit(AddCredit credit) {
        SubpartitionReader reader = readers.get(credit.receiverId());
        if (reader == null) {
            // The reader ended (end of partition, error, cancel) while the credit was on its way.
            return;
        }
        if (reader.credit > Integer.MAX_VALUE - credit.credit()) {
            exceptionCaught(ctx, new DataProtocolException("credit of channel " + credit.receiverId() + " overflows"));
            return;
        }
        counters.creditGranted(credit.credit());
        reader.credit += credit.credit();
        enqueue(reader);
    }

    private void enqueue(SubpartitionReader reader) {
        if (reader.released || reader.queued || reader.view == null || reader.credit == 0) {
            return;
        }
        reader.queued = true;
        available.add(reader);
        writeAvailable();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        writeAvailable();
        ctx.fireChannelWritabilityChanged();
    }

    /** Sends the queued readers' buffers, round robin, while the channel takes more and credit lasts. */
    private void writeAvailable() {
        boolean wrote = false;
        while (ctx.channel().isWritable()) {
            SubpartitionReader reader = available.poll();
            if (reader == null) {
                break;
            }
            reader.queued = false;
            if (reader.released || reader.credit == 0) {
                continue;
            }
            BufferAndAvailability next;
            try {
                next = reader.view.getNextBuffer();
            } catch (IOException e) {
                readers.remove(reader.receiverId);
                reader.release();
                sendError(reader.receiverId, reader + " failed: " + describe(e));
                continue;
            }
            if (next == null) {
                continue; // the view notifies when data comes
            }
            wrote = true;
            boolean end = send(reader, next.buffer());
            if (end) {
                // Fully read: release the view, so the partition is released once all its readers are done.
                readers.remove(reader.receiverId);
                reader.release();
            } else if (next.moreAvailable() && reader.credit > 0) {
                reader.queued = true;
                available.add(reader);
            }
        }
        if (wrote) {
            ctx.flush();
        }
    }

    /** Sends one buffer against one credit and recycles it; whether it was the end of the partition. */
    private boolean send(SubpartitionReader reader, Buffer buffer) {
        boolean event = buffer.isEvent();
        boolean end = false;
        ByteBuf data;
        try {
            end = event && EventSerializer.fromBuffer(buffer) == EndOfPartitionEvent.INSTANCE;
            // One copy into Netty's pooled memory frees the producer's buffer at once.
            data = ctx.alloc().ioBuffer(buffer.readableBytes());
            data.writeBytes(buffer.array(), buffer.getReaderIndex(), buffer.readableBytes());
        } catch (IOException e) {
            throw new IllegalStateException(reader + " read an event it cannot parse", e);
        } finally {
            buffer.recycle();
        }
        reader.credit--;
        counters.bufferSent();
        int backlog = reader.view.getNumberOfQueuedBuffers();
        ctx.write(new BufferResponse(reader.receiverId, reader.sequenceNumber++, backlog, event, data), ctx.voidPromise());
        return end;
    }

    /** The failure and what caused it (e.g. why the producer released its partition). */
    private static String describe(Throwable failure) {
        Throwable cause = failure.getCause();
        return cause == null || cause == failure ? String.valueOf(failure.getMessage()) : failure.getMessage() + ": " + cause;
    }

    private void sendError(InputChannelId receiver, String message) {
        LOG.info("partition request of channel {} from {} fails: {}", receiver, ctx.channel().remoteAddress(), message);
        ctx.writeAndFlush(new ErrorResponse(receiver, message), ctx.voidPromise());
    }

    /** Runs on this connection's event loop; dropped if the server is shutting down (its readers are released then). */
    private void onEventLoop(Runnable action) {
        try {
            if (ctx.executor().inEventLoop()) {
                action.run();
            } else {
                ctx.executor().execute(action);
            }
        } catch (RejectedExecutionException e) {
            LOG.debug("data server is shutting down; dropping a reader notification", e);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof DataProtocolException) {
            LOG.warn("closing data connection from {}: {}", ctx.channel().remoteAddress(), cause.getMessage());
            if (ctx.channel().isActive()) {
                ctx.writeAndFlush(ErrorResponse.ofConnection(cause.getMessage())).addListener(ChannelFutureListener.CLOSE);
                return;
            }
        } else if (cause instanceof IOException) {
            LOG.info("data connection from {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
        } else {
            LOG.warn("data connection from {} failed", ctx.channel().remoteAddress(), cause);
        }
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        for (SubpartitionReader reader : readers.values()) {
            reader.release();
        }
        readers.clear();
        available.clear();
        LOG.debug("data connection from {} closed", ctx.channel().remoteAddress());
        ctx.fireChannelInactive();
    }
}
