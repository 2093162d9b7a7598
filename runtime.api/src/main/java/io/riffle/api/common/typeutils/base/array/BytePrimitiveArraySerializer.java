package io.riffle.api.common.typeutils.base.array;

import io.riffle.api.common.typeutils.base.TypeSerializerSingleton;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import java.util.Arrays;

/** Serializes non-null {@code byte[]} arrays as an int length followed by the elements. */
public final class BytePrimitiveArraySerializer extends TypeSerializerSingleton<byte[]> {

    private static final long serialVersionUID = 1L;

    public static final BytePrimitiveArraySerializer INSTANCE = new BytePrimitiveArraySerializer();

    @Override
    public boolean isImmutableType() {
        return false;
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
        if (record == null) {
            throw new NullPointerException("a null byte[] cannot be serialized; wrap it in a POJO or record field, which may be null");
        }
        target.writeInt(record.length);
        target.write(record);
    }

    @Override
    public byte[] deserialize(DataInputView source) throws IOException {
        int length = source.readInt();
        byte[] array = new byte[length];
        source.readFully(array);
        return array;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
