package io.riffle.api.common.typeutils.base.array;

import io.riffle.api.common.typeutils.base.TypeSerializerSingleton;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import java.util.Arrays;

/** Serializes non-null {@code boolean[]} arrays as an int length followed by the elements. */
public final class BooleanPrimitiveArraySerializer extends TypeSerializerSingleton<boolean[]> {

    private static final long serialVersionUID = 1L;

    public static final BooleanPrimitiveArraySerializer INSTANCE = new BooleanPrimitiveArraySerializer();

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public boolean[] copy(boolean[] from) {
        return Arrays.copyOf(from, from.length);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(boolean[] record, DataOutputView target) throws IOException {
        if (record == null) {
            throw new NullPointerException("a null boolean[] cannot be serialized; wrap it in a POJO or record field, which may be null");
        }
        target.writeInt(record.length);
        for (boolean value : record) {
            target.writeBoolean(value);
        }
    }

    @Override
    public boolean[] deserialize(DataInputView source) throws IOException {
        int length = source.readInt();
        boolean[] array = new boolean[length];
        for (int i = 0; i < length; i++) {
            array[i] = source.readBoolean();
        }
        return array;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
