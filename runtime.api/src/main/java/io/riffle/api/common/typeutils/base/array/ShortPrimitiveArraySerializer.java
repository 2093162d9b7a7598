package io.riffle.api.common.typeutils.base.array;

import io.riffle.api.common.typeutils.base.TypeSerializerSingleton;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import java.util.Arrays;

/** Serializes non-null {@code short[]} arrays as an int length followed by the elements. */
public final class ShortPrimitiveArraySerializer extends TypeSerializerSingleton<short[]> {

    private static final long serialVersionUID = 1L;

    public static final ShortPrimitiveArraySerializer INSTANCE = new ShortPrimitiveArraySerializer();

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public short[] copy(short[] from) {
        return Arrays.copyOf(from, from.length);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(short[] record, DataOutputView target) throws IOException {
        if (record == null) {
            throw new NullPointerException("a null short[] cannot be serialized; wrap it in a POJO or record field, which may be null");
        }
        target.writeInt(record.length);
        for (short value : record) {
            target.writeShort(value);
        }
    }

    @Override
    public short[] deserialize(DataInputView source) throws IOException {
        int length = source.readInt();
        short[] array = new short[length];
        for (int i = 0; i < length; i++) {
            array[i] = source.readShort();
        }
        return array;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
