package io.riffle.api.common.typeutils.base;

import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;

/**
 * Serializes strings, {@code null} included. Format: a varint of {@code length + 1} ({@code 0}
 * means null), then each UTF-16 char as a varint: one byte for ASCII, at most three bytes. Most
 * strings in streams are ASCII, so this is about half the size of {@code writeChars} and needs no
 * UTF-8 surrogate handling.
 */
public final class StringSerializer extends TypeSerializerSingleton<String> {

    private static final long serialVersionUID = 1L;

    public static final StringSerializer INSTANCE = new StringSerializer();

    private static final int HIGH_BIT = 0x80;

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public String copy(String from) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(String record, DataOutputView target) throws IOException {
        if (record == null) {
            target.writeByte(0);
            return;
        }
        int length = record.length();
        int size = varIntSize(length + 1);
        for (int i = 0; i < length; i++) {
            size += varIntSize(record.charAt(i));
        }
        // One bulk write instead of a call per byte.
        byte[] bytes = new byte[size];
        int pos = putVarInt(bytes, 0, length + 1);
        for (int i = 0; i < length; i++) {
            char c = record.charAt(i);
            if (c < HIGH_BIT) {
                bytes[pos++] = (byte) c;
            } else {
                pos = putVarInt(bytes, pos, c);
            }
        }
        target.write(bytes, 0, size);
    }

    @Override
    public String deserialize(DataInputView source) throws IOException {
        int lengthPlusOne = readVarInt(source);
        if (lengthPlusOne == 0) {
            return null;
        }
        char[] chars = new char[lengthPlusOne - 1];
        for (int i = 0; i < chars.length; i++) {
            int b = source.readUnsignedByte();
            chars[i] = (char) (b < HIGH_BIT ? b : readVarIntTail(b, source));
        }
        return new String(chars);
    }

    private static int varIntSize(int value) {
        return value < (1 << 7) ? 1 : value < (1 << 14) ? 2 : value < (1 << 21) ? 3 : value < (1 << 28) ? 4 : 5;
    }

    private static int putVarInt(byte[] bytes, int pos, int value) {
        while (value >= HIGH_BIT) {
            bytes[pos++] = (byte) (value | HIGH_BIT);
            value >>>= 7;
        }
        bytes[pos++] = (byte) value;
        return pos;
    }

    private static int readVarInt(DataInputView source) throws IOException {
        int b = source.readUnsignedByte();
        return b < HIGH_BIT ? b : readVarIntTail(b, source);
    }

    private static int readVarIntTail(int first, DataInputView source) throws IOException {
        int value = first & 0x7f;
        int shift = 7;
        int b;
        do {
            b = source.readUnsignedByte();
            value |= (b & 0x7f) << shift;
            shift += 7;
        } while (b >= HIGH_BIT);
        return value;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
