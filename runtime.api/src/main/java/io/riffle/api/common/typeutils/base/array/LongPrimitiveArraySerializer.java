package io.riffle.api.common.typeutils.base.array;

import io.riffle.api.common.typeutils.base.TypeSerializerSingleton;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import java.util.Arrays;

/** Serializes non-null {@code long[]} arrays as an int length followed by the elements. */
public final class LongPrimitiveArraySerializer extends TypeSerializerSingleton<long[]> {

    private static final long serialVersionUID = 1L;

    public static final LongPrimitiveArraySerializer INSTANCE = new LongPrimitiveArraySerializer();

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public long[] copy(long[] from) {
        return Arrays.copyOf(from, from.length);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(long[] record, DataOutputView target) throws IOException {
        if (record == null) {
            throw new NullPointerException("a null long[] cannot be serialized; wrap it in a POJO or record field, which may be null");
        }
        target.writeInt(record.length);
        for (long value : record) {
            target.writeLong(value);
        }
    }

    @Override
    public long[] deserialize(DataInputView source) throws IOException {
        int length = source.readInt();
        long[] array = new long[length];
        for (int i = 0; i < length; i++) {
            array[i] = source.readLong();
        }
        return array;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
