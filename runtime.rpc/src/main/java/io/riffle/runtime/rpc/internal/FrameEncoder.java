package io.riffle.runtime.rpc.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import io.riffle.runtime.rpc.codec.MessageCodec;
import io.riffle.runtime.rpc.codec.MessageCodecRegistry;

/**
 * Writes a message as one frame, with the codec registered for its class. The frame is built in a
 * buffer of its own that is written only when complete; if anything fails, {@link
 * MessageToByteEncoder} releases the buffer and fails the write's promise, so nothing half-written
 * reaches the socket and the connection stays usable.
 */
final class FrameEncoder extends MessageToByteEncoder<Object> {

    private static final int INITIAL_FRAME_BUFFER = 256;

    private final MessageCodecRegistry codecs;
    private final int maxFrameSize;

    FrameEncoder(MessageCodecRegistry codecs, int maxFrameSize) {
        super(Object.class);
        this.codecs = codecs;
        this.maxFrameSize = maxFrameSize;
    }

    @Override
    protected ByteBuf allocateBuffer(ChannelHandlerContext ctx, Object msg, boolean preferDirect) {
        // Bounded, so that a runaway codec fails at the limit instead of exhausting memory.
        int maxCapacity = FrameFormat.HEADER_LENGTH + maxFrameSize;
        return preferDirect
                ? ctx.alloc().ioBuffer(INITIAL_FRAME_BUFFER, maxCapacity)
                : ctx.alloc().heapBuffer(INITIAL_FRAME_BUFFER, maxCapacity);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Object message, ByteBuf out) throws Exception {
        @SuppressWarnings("unchecked")
        MessageCodec<Object> codec = (MessageCodec<Object>) codecs.forType(message.getClass())
                .orElseThrow(() -> new IllegalArgumentException("no codec for message class " + message.getClass().getName()));
        int start = out.writerIndex();
        FrameFormat.writeHeader(out, codec.typeId());
        try {
            codec.encode(message, new ByteBufDataOutputView(out));
        } catch (IndexOutOfBoundsException e) {
            // The buffer is capped at the maximum frame size; a codec writing to a stream has no
            // index of its own to get wrong.
            throw new IllegalArgumentException("encoding of " + message.getClass().getName()
                    + " exceeds the maximum frame size of " + maxFrameSize + " bytes", e);
        }
        FrameFormat.setPayloadLength(out, start, out.writerIndex() - start - FrameFormat.HEADER_LENGTH);
    }
}
