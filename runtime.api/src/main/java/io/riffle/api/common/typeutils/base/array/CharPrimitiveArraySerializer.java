package io.riffle.api.common.typeutils.base.array;

import io.riffle.api.common.typeutils.base.TypeSerializerSingleton;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import java.util.Arrays;

/** Serializes non-null {@code char[]} arrays as an int length followed by the elements. */
public final class CharPrimitiveArraySerializer extends TypeSerializerSingleton<char[]> {

    private static final long serialVersionUID = 1L;

    public static final CharPrimitiveArraySerializer INSTANCE = new CharPrimitiveArraySerializer();

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public char[] copy(char[] from) {
        return Arrays.copyOf(from, from.length);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(char[] record, DataOutputView target) throws IOException {
        if (record == null) {
            throw new NullPointerException("a null char[] cannot be serialized; wrap it in a POJO or record field, which may be null");
        }
        target.writeInt(record.length);
        for (char value : record) {
            target.writeChar(value);
        }
    }

    @Override
    public char[] deserialize(DataInputView source) throws IOException {
        int length = source.readInt();
        char[] array = new char[length];
        for (int i = 0; i < length; i++) {
            array[i] = source.readChar();
        }
        return array;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
