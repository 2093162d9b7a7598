package io.riffle.api.common.typeutils.base.array;

import io.riffle.api.common.typeutils.base.TypeSerializerSingleton;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import java.util.Arrays;

/** Serializes non-null {@code int[]} arrays as an int length followed by the elements. */
public final class IntPrimitiveArraySerializer extends TypeSerializerSingleton<int[]> {

    private static final long serialVersionUID = 1L;

    public static final IntPrimitiveArraySerializer INSTANCE = new IntPrimitiveArraySerializer();

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public int[] copy(int[] from) {
        return Arrays.copyOf(from, from.length);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(int[] record, DataOutputView target) throws IOException {
        if (record == null) {
            throw new NullPointerException("a null int[] cannot be serialized; wrap it in a POJO or record field, which may be null");
        }
        target.writeInt(record.length);
        for (int value : record) {
            target.writeInt(value);
        }
    }

    @Override
    public int[] deserialize(DataInputView source) throws IOException {
        int length = source.readInt();
        int[] array = new int[length];
        for (int i = 0; i < length; i++) {
            array[i] = source.readInt();
        }
        return array;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
