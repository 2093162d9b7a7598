package io.riffle.taskmanager.internal.network.netty;

import static io.riffle.taskmanager.internal.network.netty.DataFrameFormat.HEADER_LENGTH;
import static io.riffle.taskmanager.internal.network.netty.DataFrameFormat.ID_LENGTH;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.runtime.jobgraph.IntermediateDataSetId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Turns bytes into {@link NettyMessage}s, one frame at a time, trusting nothing it has not checked:
 * magic and version as soon as their bytes arrive, type and length before the payload is awaited,
 * so garbage or a hostile length is refused without buffering or allocating for it. A buffer
 * response's data is a retained slice of the received bytes (no copy here; the receiving channel
 * copies it once into its own network buffer).
 *
 * <p>A violation is reported as a {@link DataProtocolException} through {@code exceptionCaught}
 * (the connection's handler logs it and closes the connection); every later byte is dropped. One
 * instance per channel.
 */
final class MessageDecoder extends ByteToMessageDecoder {

    private final int maxFrameSize;
    private boolean failed;

    MessageDecoder(int maxFrameSize) {
        this.maxFrameSize = maxFrameSize;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            NettyMessage message = decodeFrame(in);
            if (message != null) {
                out.add(message);
            }
        } catch (DataProtocolException e) {
            failed = true;
            in.skipBytes(in.readableBytes());
            ctx.fireExceptionCaught(e);
        }
    }

    /** The next message, or null while its frame is incomplete. */
    private NettyMessage decodeFrame(ByteBuf in) throws DataProtocolException {
        int start = in.readerIndex();
        int readable = in.readableBytes();
        for (int i = 0; i < Math.min(readable, DataFrameFormat.MAGIC_LENGTH); i++) {
            byte expected = i == 0 ? DataFrameFormat.MAGIC_0 : DataFrameFormat.MAGIC_1;
            if (in.getByte(start + i) != expected) {
                throw new DataProtocolException(String.format("bad magic byte 0x%02x at offset %d, expected 0x5244 (\"RD\")",
                        in.getUnsignedByte(start + i), i));
            }
        }
        if (readable > DataFrameFormat.VERSION_OFFSET && in.getByte(start + DataFrameFormat.VERSION_OFFSET) != DataFrameFormat.VERSION) {
            throw new DataProtocolException("unsupported data protocol version " + in.getUnsignedByte(start + DataFrameFormat.VERSION_OFFSET)
                    + ", this TaskManager speaks version " + DataFrameFormat.VERSION);
        }
        if (readable > DataFrameFormat.TYPE_OFFSET && !DataFrameFormat.isKnownType(in.getUnsignedByte(start + DataFrameFormat.TYPE_OFFSET))) {
            throw new DataProtocolException("unknown message type " + in.getUnsignedByte(start + DataFrameFormat.TYPE_OFFSET));
        }
        if (readable < HEADER_LENGTH) {
            return null;
        }
        int type = in.getUnsignedByte(start + DataFrameFormat.TYPE_OFFSET);
        int length = in.getInt(start + DataFrameFormat.LENGTH_OFFSET);
        if (length < 0 || length > maxFrameSize) {
            throw new DataProtocolException("frame of " + Integer.toUnsignedString(length) + " bytes exceeds the maximum of " + maxFrameSize);
        }
        if (readable - HEADER_LENGTH < length) {
            return null;
        }
        in.skipBytes(HEADER_LENGTH);
        int payloadEnd = in.readerIndex() + length;
        try {
            NettyMessage message = decodePayload(type, length, in);
            if (in.readerIndex() != payloadEnd) {
                releaseData(message);
                throw new DataProtocolException("message type " + type + " left " + (payloadEnd - in.readerIndex()) + " of " + length
                        + " payload bytes unread");
            }
            return message;
        } catch (IllegalArgumentException e) {
            throw new DataProtocolException("malformed message of type " + type + ": " + e.getMessage(), e);
        } finally {
            in.readerIndex(payloadEnd);
        }
    }

    private static NettyMessage decodePayload(int type, int length, ByteBuf in) throws DataProtocolException {
        switch (type) {
            case PartitionRequest.TYPE_ID -> {
                expectLength(type, length, DataFrameFormat.PARTITION_REQUEST_LENGTH);
                IntermediateDataSetId dataSet = new IntermediateDataSetId(readUuid(in));
                int partitionIndex = in.readInt();
                ExecutionAttemptId producer = new ExecutionAttemptId(readUuid(in));
                int subpartitionIndex = in.readInt();
                InputChannelId receiver = readId(in);
                int credit = in.readInt();
                return new PartitionRequest(new ResultPartitionId(dataSet, partitionIndex, producer), subpartitionIndex, receiver, credit);
            }
            case BufferResponse.TYPE_ID -> {
                if (length < DataFrameFormat.BUFFER_RESPONSE_OVERHEAD) {
                    throw new DataProtocolException("buffer response of " + length + " bytes is shorter than its fixed fields");
                }
                InputChannelId receiver = readId(in);
                int sequence = in.readInt();
                int backlog = in.readInt();
                int flags = in.readUnsignedByte();
                int size = in.readInt();
                expectLength(type, length, DataFrameFormat.BUFFER_RESPONSE_OVERHEAD + (long) size);
                ByteBuf data = in.readRetainedSlice(size);
                try {
                    return new BufferResponse(receiver, sequence, backlog, (flags & DataFrameFormat.FLAG_EVENT) != 0, data);
                } catch (IllegalArgumentException e) {
                    data.release();
                    throw e;
                }
            }
            case AddCredit.TYPE_ID -> {
                expectLength(type, length, DataFrameFormat.ADD_CREDIT_LENGTH);
                return new AddCredit(readId(in), in.readInt());
            }
            case CancelPartitionRequest.TYPE_ID -> {
                expectLength(type, length, DataFrameFormat.CANCEL_LENGTH);
                return new CancelPartitionRequest(readId(in));
            }
            default -> {
                if (length < DataFrameFormat.ERROR_MIN_LENGTH) {
                    throw new DataProtocolException("error response of " + length + " bytes is shorter than its fixed fields");
                }
                boolean hasReceiver = (in.readUnsignedByte() & DataFrameFormat.FLAG_HAS_RECEIVER) != 0;
                if (hasReceiver && length < DataFrameFormat.ERROR_MIN_LENGTH + ID_LENGTH) {
                    throw new DataProtocolException("error response of " + length + " bytes is too short for its receiver id");
                }
                InputChannelId receiver = hasReceiver ? readId(in) : null;
                int textLength = in.readInt();
                expectLength(type, length, DataFrameFormat.ERROR_MIN_LENGTH + (hasReceiver ? ID_LENGTH : 0) + (long) textLength);
                String text = in.readCharSequence(textLength, StandardCharsets.UTF_8).toString();
                return new ErrorResponse(receiver, text);
            }
        }
    }

    private static void expectLength(int type, int length, long expected) throws DataProtocolException {
        if (length != expected) {
            throw new DataProtocolException("message type " + type + " has a payload of " + length + " bytes, its fields need " + expected);
        }
    }

    private static InputChannelId readId(ByteBuf in) {
        return new InputChannelId(in.readLong(), in.readLong());
    }

    private static UUID readUuid(ByteBuf in) {
        return new UUID(in.readLong(), in.readLong());
    }

    private static void releaseData(NettyMessage message) {
        if (message instanceof BufferResponse response) {
            response.data().release();
        }
    }

    /** Bytes left when the peer closes are a frame it never finished. */
    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed || !in.isReadable()) {
            return;
        }
        int readable = in.readableBytes();
        failed = true;
        in.skipBytes(readable);
        ctx.fireExceptionCaught(new DataProtocolException("peer closed the connection in the middle of a frame (" + readable
                + " bytes of it received)"));
    }
}
