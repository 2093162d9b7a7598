package io.riffle.core.memory;

import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A {@link DataOutputView} over a growable byte array: serializers write a record here, and the
 * runtime copies the bytes where they belong. Reuse one instance with {@link #clear()}; not
 * thread-safe.
 */
public final class DataOutputSerializer implements DataOutputView {

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private byte[] buffer;
    private int position;

    public DataOutputSerializer(int initialSize) {
        if (initialSize < 1) {
            throw new IllegalArgumentException("initial size must be positive: " + initialSize);
        }
        this.buffer = new byte[initialSize];
    }

    /** The array written so far; valid from 0 to {@link #length()}, until the next write. */
    public byte[] getSharedBuffer() {
        return buffer;
    }

    public int length() {
        return position;
    }

    public void clear() {
        position = 0;
    }

    /** A copy of the bytes written so far. */
    public byte[] getCopyOfBuffer() {
        return Arrays.copyOf(buffer, position);
    }

    /** Overwrites four bytes at {@code at} (which must already have been written) with {@code v}. */
    public void setIntAt(int at, int v) {
        if (at < 0 || at + 4 > position) {
            throw new IndexOutOfBoundsException("int at " + at + " outside 0.." + position);
        }
        INT.set(buffer, at, v);
    }

    private void ensure(int more) {
        if (buffer.length - position < more) {
            long wanted = Math.max((long) buffer.length * 2, (long) position + more);
            if (wanted > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("serialized record exceeds 2 GiB");
            }
            buffer = Arrays.copyOf(buffer, (int) wanted);
        }
    }

    @Override
    public void write(int b) {
        ensure(1);
        buffer[position++] = (byte) b;
    }

    @Override
    public void write(byte[] b) {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buffer, position, len);
        position += len;
    }

    @Override
    public void writeBoolean(boolean v) {
        write(v ? 1 : 0);
    }

    @Override
    public void writeByte(int v) {
        write(v);
    }

    @Override
    public void writeShort(int v) {
        ensure(2);
        SHORT.set(buffer, position, (short) v);
        position += 2;
    }

    @Override
    public void writeChar(int v) {
        writeShort(v);
    }

    @Override
    public void writeInt(int v) {
        ensure(4);
        INT.set(buffer, position, v);
        position += 4;
    }

    @Override
    public void writeLong(long v) {
        ensure(8);
        LONG.set(buffer, position, v);
        position += 8;
    }

    @Override
    public void writeFloat(float v) {
        writeInt(Float.floatToIntBits(v));
    }

    @Override
    public void writeDouble(double v) {
        writeLong(Double.doubleToLongBits(v));
    }

    @Override
    public void writeBytes(String s) {
        int len = s.length();
        ensure(len);
        for (int i = 0; i < len; i++) {
            buffer[position++] = (byte) s.charAt(i);
        }
    }

    @Override
    public void writeChars(String s) {
        int len = s.length();
        ensure(2 * len);
        for (int i = 0; i < len; i++) {
            SHORT.set(buffer, position, (short) s.charAt(i));
            position += 2;
        }
    }

    /** Modified UTF-8 as {@link java.io.DataOutputStream#writeUTF} writes it (at most 65535 bytes). */
    @Override
    public void writeUTF(String s) throws IOException {
        int len = s.length();
        int utfLength = 0;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            utfLength += (c >= 0x0001 && c <= 0x007F) ? 1 : (c > 0x07FF ? 3 : 2);
        }
        if (utfLength > 65535) {
            throw new UTFDataFormatException("encoded string too long: " + utfLength + " bytes");
        }
        ensure(2 + utfLength);
        SHORT.set(buffer, position, (short) utfLength);
        position += 2;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c >= 0x0001 && c <= 0x007F) {
                buffer[position++] = (byte) c;
            } else if (c > 0x07FF) {
                buffer[position++] = (byte) (0xE0 | ((c >> 12) & 0x0F));
                buffer[position++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buffer[position++] = (byte) (0x80 | (c & 0x3F));
            } else {
                buffer[position++] = (byte) (0xC0 | ((c >> 6) & 0x1F));
                buffer[position++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    static EOFException eof(int wanted, int available) {
        return new EOFException("wanted " + wanted + " bytes, " + available + " left");
    }
}
