package io.riffle.runtime.rpc.internal;

import static io.riffle.runtime.rpc.internal.FrameFormat.HEADER_LENGTH;
import static io.riffle.runtime.rpc.internal.FrameFormat.LENGTH_OFFSET;
import static io.riffle.runtime.rpc.internal.FrameFormat.MAGIC_LENGTH;
import static io.riffle.runtime.rpc.internal.FrameFormat.TYPE_ID_OFFSET;
import static io.riffle.runtime.rpc.internal.FrameFormat.VERSION;
import static io.riffle.runtime.rpc.internal.FrameFormat.VERSION_OFFSET;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.riffle.core.memory.DataInputDeserializer;
import io.riffle.runtime.rpc.ProtocolViolationException;
import io.riffle.runtime.rpc.codec.MessageCodec;
import io.riffle.runtime.rpc.codec.MessageCodecRegistry;
import java.io.IOException;
import java.util.List;

/**
 * Turns bytes into messages, one frame at a time, trusting nothing it has not checked: magic and
 * version are checked as soon as their bytes arrive, the length and type id before any payload is
 * awaited, so garbage or a hostile length is refused without buffering or allocating for it.
 *
 * <p>A violation is reported as a {@link ProtocolViolationException} through {@code
 * exceptionCaught} (the {@link ConnectionHandler} logs it and closes the connection); from then on
 * every byte is dropped. One instance per channel.
 */
final class FrameDecoder extends ByteToMessageDecoder {

    private final MessageCodecRegistry codecs;
    private final int maxFrameSize;
    private boolean failed;

    FrameDecoder(MessageCodecRegistry codecs, int maxFrameSize) {
        this.codecs = codecs;
        this.maxFrameSize = maxFrameSize;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            Object message = decodeFrame(in);
            if (message != null) {
                out.add(message);
            }
        } catch (ProtocolViolationException e) {
            failed = true;
            in.skipBytes(in.readableBytes());
            ctx.fireExceptionCaught(e);
        }
    }

    /** The next message, or null while its frame is incomplete. */
    private Object decodeFrame(ByteBuf in) throws ProtocolViolationException {
        int start = in.readerIndex();
        int readable = in.readableBytes();
        checkMagic(in, start, Math.min(readable, MAGIC_LENGTH));
        if (readable > VERSION_OFFSET && in.getByte(start + VERSION_OFFSET) != VERSION) {
            throw new ProtocolViolationException("unsupported protocol version " + in.getUnsignedByte(start + VERSION_OFFSET)
                    + ", this process speaks version " + VERSION);
        }
        if (readable < HEADER_LENGTH) {
            return null;
        }
        int typeId = in.getUnsignedShort(start + TYPE_ID_OFFSET);
        int length = in.getInt(start + LENGTH_OFFSET);
        if (length < 0) {
            throw new ProtocolViolationException("negative frame length " + length);
        }
        if (length > maxFrameSize) {
            throw new ProtocolViolationException("frame of " + length + " bytes exceeds the maximum of " + maxFrameSize);
        }
        MessageCodec<?> codec = codecs.forTypeId(typeId)
                .orElseThrow(() -> new ProtocolViolationException("unknown message type id " + typeId));
        if (readable - HEADER_LENGTH < length) {
            return null;
        }
        byte[] payload = new byte[length];
        in.getBytes(start + HEADER_LENGTH, payload);
        in.skipBytes(HEADER_LENGTH + length);
        return decodePayload(codec, payload);
    }

    private static void checkMagic(ByteBuf in, int start, int available) throws ProtocolViolationException {
        for (int i = 0; i < available; i++) {
            if (!FrameFormat.isMagicByte(i, in.getByte(start + i))) {
                StringBuilder got = new StringBuilder("0x");
                for (int j = 0; j < available; j++) {
                    got.append(String.format("%02x", in.getUnsignedByte(start + j)));
                }
                throw new ProtocolViolationException("bad magic " + got + ", expected 0x5246 (\"RF\")");
            }
        }
    }

    private Object decodePayload(MessageCodec<?> codec, byte[] payload) throws ProtocolViolationException {
        // A reader per frame, so that no connection keeps its last (possibly large) payload alive.
        DataInputDeserializer payloadReader = new DataInputDeserializer(payload);
        Object message;
        try {
            message = codec.decode(payloadReader);
        } catch (IOException | RuntimeException e) {
            // Unchecked exceptions break the codec contract but must not escape into the pipeline
            // as anything but this connection's protocol error.
            throw new ProtocolViolationException("cannot decode message type " + describe(codec) + ": " + e, e);
        }
        if (message == null) {
            throw new ProtocolViolationException("codec of message type " + describe(codec) + " decoded null");
        }
        if (payloadReader.available() > 0) {
            throw new ProtocolViolationException("message type " + describe(codec) + " left " + payloadReader.available()
                    + " of " + payload.length + " payload bytes unread");
        }
        return message;
    }

    private static String describe(MessageCodec<?> codec) {
        return codec.typeId() + " (" + codec.type().getSimpleName() + ")";
    }

    /**
     * Called when the input ends, after every complete frame was decoded: bytes still here are a
     * frame the peer never finished (its header was already checked, so its length is sane).
     */
    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed || !in.isReadable()) {
            return;
        }
        int readable = in.readableBytes();
        String received = readable < HEADER_LENGTH
                ? "frame header: " + readable + " of " + HEADER_LENGTH + " bytes received"
                : "frame: " + readable + " of " + (HEADER_LENGTH + in.getInt(in.readerIndex() + LENGTH_OFFSET)) + " bytes received";
        failed = true;
        in.skipBytes(readable);
        ctx.fireExceptionCaught(new ProtocolViolationException("peer closed the connection in the middle of a " + received));
    }
}
