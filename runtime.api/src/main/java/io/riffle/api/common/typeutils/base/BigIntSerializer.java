package io.riffle.api.common.typeutils.base;

import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import java.math.BigInteger;

/** Serializes {@code BigInteger}s, {@code null} included: {@code length + 1} (0 = null), then two's-complement bytes. */
public final class BigIntSerializer extends TypeSerializerSingleton<BigInteger> {

    private static final long serialVersionUID = 1L;

    public static final BigIntSerializer INSTANCE = new BigIntSerializer();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public BigInteger copy(BigInteger from) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(BigInteger record, DataOutputView target) throws IOException {
        writeBigInteger(record, target);
    }

    @Override
    public BigInteger deserialize(DataInputView source) throws IOException {
        return readBigInteger(source);
    }

    static void writeBigInteger(BigInteger value, DataOutputView target) throws IOException {
        if (value == null) {
            target.writeInt(0);
            return;
        }
        byte[] bytes = value.toByteArray();
        target.writeInt(bytes.length + 1);
        target.write(bytes);
    }

    static BigInteger readBigInteger(DataInputView source) throws IOException {
        int lengthPlusOne = source.readInt();
        if (lengthPlusOne == 0) {
            return null;
        }
        byte[] bytes = new byte[lengthPlusOne - 1];
        source.readFully(bytes);
        return new BigInteger(bytes);
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
