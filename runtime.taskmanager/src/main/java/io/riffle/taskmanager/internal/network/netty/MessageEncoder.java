package io.riffle.taskmanager.internal.network.netty;

import static io.riffle.taskmanager.internal.network.netty.DataFrameFormat.HEADER_LENGTH;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import io.riffle.runtime.cluster.ResultPartitionId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Frames {@link NettyMessage}s as {@link DataFrameFormat} describes. A buffer response goes out as
 * its header followed by its data buffer, without copying the data again. Stateless, so one
 * instance serves every channel.
 */
@Sharable
final class MessageEncoder extends MessageToMessageEncoder<NettyMessage> {

    static final MessageEncoder INSTANCE = new MessageEncoder();

    private MessageEncoder() {
        super(NettyMessage.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, NettyMessage message, List<Object> out) {
        if (message instanceof BufferResponse response) {
            ByteBuf data = response.data();
            ByteBuf header;
            try {
                header = ctx.alloc().ioBuffer(HEADER_LENGTH + DataFrameFormat.BUFFER_RESPONSE_OVERHEAD);
            } catch (RuntimeException e) {
                data.release();
                throw e;
            }
            writeHeader(header, response.typeId(), DataFrameFormat.BUFFER_RESPONSE_OVERHEAD + data.readableBytes());
            writeId(header, response.receiverId());
            header.writeInt(response.sequenceNumber()).writeInt(response.backlog())
                    .writeByte(response.event() ? DataFrameFormat.FLAG_EVENT : 0).writeInt(data.readableBytes());
            out.add(header);
            out.add(data);
            return;
        }
        out.add(encodeSmall(ctx, message));
    }

    private static ByteBuf encodeSmall(ChannelHandlerContext ctx, NettyMessage message) {
        if (message instanceof PartitionRequest request) {
            ByteBuf out = frame(ctx, request.typeId(), DataFrameFormat.PARTITION_REQUEST_LENGTH);
            ResultPartitionId partition = request.partitionId();
            writeUuid(out, partition.dataSetId().value());
            out.writeInt(partition.partitionIndex());
            writeUuid(out, partition.producer().value());
            out.writeInt(request.subpartitionIndex());
            writeId(out, request.receiverId());
            return out.writeInt(request.credit());
        }
        if (message instanceof AddCredit credit) {
            ByteBuf out = frame(ctx, credit.typeId(), DataFrameFormat.ADD_CREDIT_LENGTH);
            writeId(out, credit.receiverId());
            return out.writeInt(credit.credit());
        }
        if (message instanceof CancelPartitionRequest cancel) {
            ByteBuf out = frame(ctx, cancel.typeId(), DataFrameFormat.CANCEL_LENGTH);
            writeId(out, cancel.receiverId());
            return out;
        }
        ErrorResponse error = (ErrorResponse) message;
        byte[] text = error.message().getBytes(StandardCharsets.UTF_8);
        int length = DataFrameFormat.ERROR_MIN_LENGTH + (error.receiverId() == null ? 0 : DataFrameFormat.ID_LENGTH) + text.length;
        ByteBuf out = frame(ctx, error.typeId(), length);
        out.writeByte(error.receiverId() == null ? 0 : DataFrameFormat.FLAG_HAS_RECEIVER);
        if (error.receiverId() != null) {
            writeId(out, error.receiverId());
        }
        return out.writeInt(text.length).writeBytes(text);
    }

    private static ByteBuf frame(ChannelHandlerContext ctx, int typeId, int payloadLength) {
        ByteBuf out = ctx.alloc().ioBuffer(HEADER_LENGTH + payloadLength);
        writeHeader(out, typeId, payloadLength);
        return out;
    }

    private static void writeHeader(ByteBuf out, int typeId, int payloadLength) {
        out.writeByte(DataFrameFormat.MAGIC_0).writeByte(DataFrameFormat.MAGIC_1).writeByte(DataFrameFormat.VERSION).writeByte(typeId)
                .writeInt(payloadLength);
    }

    private static void writeId(ByteBuf out, InputChannelId id) {
        out.writeLong(id.upper()).writeLong(id.lower());
    }

    private static void writeUuid(ByteBuf out, UUID uuid) {
        out.writeLong(uuid.getMostSignificantBits()).writeLong(uuid.getLeastSignificantBits());
    }
}
