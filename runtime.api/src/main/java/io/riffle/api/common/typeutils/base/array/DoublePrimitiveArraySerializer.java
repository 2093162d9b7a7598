package io.riffle.api.common.typeutils.base.array;

import io.riffle.api.common.typeutils.base.TypeSerializerSingleton;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import java.util.Arrays;

/** Serializes non-null {@code double[]} arrays as an int length followed by the elements. */
public final class DoublePrimitiveArraySerializer extends TypeSerializerSingleton<double[]> {

    private static final long serialVersionUID = 1L;

    public static final DoublePrimitiveArraySerializer INSTANCE = new DoublePrimitiveArraySerializer();

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public double[] copy(double[] from) {
        return Arrays.copyOf(from, from.length);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(double[] record, DataOutputView target) throws IOException {
        if (record == null) {
            throw new NullPointerException("a null double[] cannot be serialized; wrap it in a POJO or record field, which may be null");
        }
        target.writeInt(record.length);
        for (double value : record) {
            target.writeDouble(value);
        }
    }

    @Override
    public double[] deserialize(DataInputView source) throws IOException {
        int length = source.readInt();
        double[] array = new double[length];
        for (int i = 0; i < length; i++) {
            array[i] = source.readDouble();
        }
        return array;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
