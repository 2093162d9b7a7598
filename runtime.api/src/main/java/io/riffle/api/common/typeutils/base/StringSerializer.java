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
        writeVarInt(length + 1, target);
        if (isAscii(record, length)) {
            // one bulk write of the low bytes, and no allocation: the common case on the record path
            target.writeBytes(record);
            return;
        }
        for (int i = 0; i < length; i++) {
            writeVarInt(record.charAt(i), target);
        }
    }

    private static boolean isAscii(String record, int length) {
        for (int i = 0; i < length; i++) {
            if (record.charAt(i) >= HIGH_BIT) {
                return false;
            }
        }
        return true;
    }

    private static void writeVarInt(int value, DataOutputView target) throws IOException {
        while (value >= HIGH_BIT) {
            target.writeByte(value | HIGH_BIT);
            value >>>= 7;
        }
        target.writeByte(value);
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
