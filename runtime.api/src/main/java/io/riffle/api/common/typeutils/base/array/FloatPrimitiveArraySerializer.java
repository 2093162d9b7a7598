package io.riffle.api.common.typeutils.base.array;

import io.riffle.api.common.typeutils.base.TypeSerializerSingleton;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import java.util.Arrays;

/** Serializes non-null {@code float[]} arrays as an int length followed by the elements. */
public final class FloatPrimitiveArraySerializer extends TypeSerializerSingleton<float[]> {

    private static final long serialVersionUID = 1L;

    public static final FloatPrimitiveArraySerializer INSTANCE = new FloatPrimitiveArraySerializer();

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public float[] copy(float[] from) {
        return Arrays.copyOf(from, from.length);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(float[] record, DataOutputView target) throws IOException {
        if (record == null) {
            throw new NullPointerException("a null float[] cannot be serialized; wrap it in a POJO or record field, which may be null");
        }
        target.writeInt(record.length);
        for (float value : record) {
            target.writeFloat(value);
        }
    }

    @Override
    public float[] deserialize(DataInputView source) throws IOException {
        int length = source.readInt();
        float[] array = new float[length];
        for (int i = 0; i < length; i++) {
            array[i] = source.readFloat();
        }
        return array;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
