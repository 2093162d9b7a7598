package io.riffle.core.memory;

import java.io.DataInputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A {@link DataInputView} over a region of a byte array. Point it at new bytes with
 * {@link #setBuffer}; reading past the region's end throws {@link java.io.EOFException}. Not
 * thread-safe.
 */
public final class DataInputDeserializer implements DataInputView {

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private byte[] buffer = new byte[0];
    private int position;
    private int end;

    public DataInputDeserializer() {}

    public DataInputDeserializer(byte[] buffer) {
        setBuffer(buffer, 0, buffer.length);
    }

    public void setBuffer(byte[] buffer, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > buffer.length) {
            throw new IndexOutOfBoundsException("region " + offset + "+" + length + " of " + buffer.length);
        }
        this.buffer = buffer;
        this.position = offset;
        this.end = offset + length;
    }

    public int available() {
        return end - position;
    }

    public int getPosition() {
        return position;
    }

    private void need(int n) throws IOException {
        if (end - position < n) {
            throw DataOutputSerializer.eof(n, end - position);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (position >= end) {
            return len == 0 ? 0 : -1;
        }
        int n = Math.min(len, end - position);
        System.arraycopy(buffer, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    @Override
    public void readFully(byte[] b, int off, int len) throws IOException {
        need(len);
        System.arraycopy(buffer, position, b, off, len);
        position += len;
    }

    @Override
    public int skipBytes(int n) {
        int skipped = Math.max(0, Math.min(n, end - position));
        position += skipped;
        return skipped;
    }

    @Override
    public boolean readBoolean() throws IOException {
        return readByte() != 0;
    }

    @Override
    public byte readByte() throws IOException {
        need(1);
        return buffer[position++];
    }

    @Override
    public int readUnsignedByte() throws IOException {
        return readByte() & 0xFF;
    }

    @Override
    public short readShort() throws IOException {
        need(2);
        short v = (short) SHORT.get(buffer, position);
        position += 2;
        return v;
    }

    @Override
    public int readUnsignedShort() throws IOException {
        return readShort() & 0xFFFF;
    }

    @Override
    public char readChar() throws IOException {
        return (char) readShort();
    }

    @Override
    public int readInt() throws IOException {
        need(4);
        int v = (int) INT.get(buffer, position);
        position += 4;
        return v;
    }

    @Override
    public long readLong() throws IOException {
        need(8);
        long v = (long) LONG.get(buffer, position);
        position += 8;
        return v;
    }

    @Override
    public float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /** Not supported: the views carry binary data, not lines of text. */
    @Override
    public String readLine() {
        throw new UnsupportedOperationException("readLine is not supported by binary views");
    }

    @Override
    public String readUTF() throws IOException {
        return DataInputStream.readUTF(this);
    }
}
