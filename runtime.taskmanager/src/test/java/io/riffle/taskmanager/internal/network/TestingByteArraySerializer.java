package io.riffle.taskmanager.internal.network;

import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import java.util.Arrays;

/** Byte arrays as a 4-byte length and the bytes, for records of any size. */
public final class TestingByteArraySerializer extends TypeSerializer<byte[]> {

    private static final long serialVersionUID = 1L;

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public TypeSerializer<byte[]> duplicate() {
        return this;
    }

    @Override
    public byte[] copy(byte[] from) {
        return Arrays.copyOf(from, from.length);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(byte[] record, DataOutputView target) throws IOException {
        target.writeInt(record.length);
        target.write(record);
    }

    @Override
    public byte[] deserialize(DataInputView source) throws IOException {
        byte[] bytes = new byte[source.readInt()];
        source.readFully(bytes);
        return bytes;
    }

    /** {@code length} bytes whose content depends on {@code seed} and position, to spot misplaced bytes. */
    public static byte[] pattern(int length, int seed) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (seed * 31 + i * 7);
        }
        return bytes;
    }
}
