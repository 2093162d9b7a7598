package io.riffle.runtime.rpc.internal;

import io.netty.buffer.ByteBuf;

/**
 * The frame layout, in one place for encoder, decoder and README: magic {@code "RF"}, version,
 * message type id (unsigned 16 bit), payload length (int32), payload; all big-endian.
 */
final class FrameFormat {

    static final byte MAGIC_0 = 0x52; // 'R'
    static final byte MAGIC_1 = 0x46; // 'F'
    static final byte VERSION = 1;

    static final int MAGIC_LENGTH = 2;
    static final int VERSION_OFFSET = 2;
    static final int TYPE_ID_OFFSET = 3;
    static final int LENGTH_OFFSET = 5;
    static final int HEADER_LENGTH = 9;

    private FrameFormat() {}

    /** Writes a header whose length field {@link #setPayloadLength} fills in once it is known. */
    static void writeHeader(ByteBuf out, int typeId) {
        out.writeByte(MAGIC_0).writeByte(MAGIC_1).writeByte(VERSION).writeShort(typeId).writeInt(0);
    }

    static void setPayloadLength(ByteBuf out, int frameStart, int length) {
        out.setInt(frameStart + LENGTH_OFFSET, length);
    }

    static boolean isMagicByte(int index, byte b) {
        return b == (index == 0 ? MAGIC_0 : MAGIC_1);
    }
}
