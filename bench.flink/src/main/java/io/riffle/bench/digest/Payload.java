package io.riffle.bench.digest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** J4's 100-byte record {@code i}: bytes 0..7 are {@code i} big-endian, byte k (k ≥ 8) is {@code (i + k) mod 256}. */
public final class Payload {

    public static final int SIZE = 100;

    private static final VarHandle LONG_BIG_ENDIAN = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    /** Bytes 0, 1, .., 255, 0, 1, ..: byte k of payload i is {@code PATTERN[(i + k) & 0xff]}, one copy per payload. */
    private static final byte[] PATTERN = new byte[256 + SIZE];

    static {
        for (int k = 0; k < PATTERN.length; k++) {
            PATTERN[k] = (byte) k;
        }
    }

    private Payload() {}

    public static byte[] of(long id) {
        byte[] payload = new byte[SIZE];
        LONG_BIG_ENDIAN.set(payload, 0, id);
        System.arraycopy(PATTERN, (int) ((id + 8) & 0xff), payload, 8, SIZE - 8);
        return payload;
    }

    public static long id(byte[] payload) {
        return (long) LONG_BIG_ENDIAN.get(payload, 0);
    }

    public static int lastByte(byte[] payload) {
        return payload[SIZE - 1] & 0xff;
    }
}
