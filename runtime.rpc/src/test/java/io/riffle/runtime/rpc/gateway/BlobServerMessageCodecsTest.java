package io.riffle.runtime.rpc.gateway;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.core.memory.DataInputDeserializer;
import io.riffle.core.memory.DataOutputSerializer;
import io.riffle.runtime.blob.BlobChunk;
import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.rpc.codec.MessageCodec;
import io.riffle.runtime.rpc.codec.MessageCodecRegistry;
import io.riffle.runtime.rpc.codec.WireFormat;
import java.io.IOException;
import org.junit.Test;

/** The blob messages come from the network like any other: malformed ones are IOExceptions naming what is wrong. */
public class BlobServerMessageCodecsTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final BlobKey KEY = new BlobKey(SHA, 10);

    private final MessageCodecRegistry registry = RiffleMessageCodecs.registry();

    @Test
    public void aChunkKeepsItsBytesAndPlace() throws IOException {
        BlobChunk decoded = decode(BlobChunk.class, encode(BlobChunk.class, new BlobChunk(KEY, 6, new byte[] {1, 2, 3, 4})));

        assertEquals(KEY, decoded.key());
        assertEquals(6, decoded.offset());
        assertArrayEquals(new byte[] {1, 2, 3, 4}, decoded.bytes());
        assertTrue(decoded.isLast());
    }

    @Test
    public void aKeyThatIsNotHexIsRejected() throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(128);
        WireFormat.writeString(SHA.toUpperCase(), out);
        out.writeLong(10);
        out.writeLong(0);
        out.writeInt(1);

        IOException e = assertThrows(IOException.class, () -> decode(ReadBlob.class, out.getCopyOfBuffer()));

        assertTrue(e.getMessage(), e.getMessage().contains("BlobKey: invalid") && e.getMessage().contains("64 lower-case hex digits"));
    }

    @Test
    public void aNegativeOffsetOrLengthIsRejected() throws IOException {
        IOException offset = assertThrows(IOException.class, () -> decode(ReadBlob.class, read(-1, 5)));
        IOException length = assertThrows(IOException.class, () -> decode(ReadBlob.class, read(0, 0)));

        assertTrue(offset.getMessage(), offset.getMessage().contains("offset must not be negative"));
        assertTrue(length.getMessage(), length.getMessage().contains("maxLength must be positive"));
    }

    @Test
    public void aChunkReachingBeyondItsBlobIsRejected() throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(128);
        WireFormat.writeString(SHA, out);
        out.writeLong(10);
        out.writeLong(8);
        WireFormat.writeBytes(new byte[3], out);

        IOException e = assertThrows(IOException.class, () -> decode(BlobChunk.class, out.getCopyOfBuffer()));

        assertTrue(e.getMessage(), e.getMessage().contains("does not fit in blob"));
    }

    @Test
    public void aChunkLengthBeyondTheFrameIsRejectedBeforeAllocating() throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(128);
        WireFormat.writeString(SHA, out);
        out.writeLong(Long.MAX_VALUE);
        out.writeLong(0);
        out.writeInt(50 << 20);
        out.write(new byte[16]);

        IOException e = assertThrows(IOException.class, () -> decode(BlobChunk.class, out.getCopyOfBuffer()));

        assertTrue(e.getMessage(), e.getMessage().contains("exceed the 16 bytes left"));
    }

    private static byte[] read(long offset, int maxLength) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(128);
        WireFormat.writeString(SHA, out);
        out.writeLong(10);
        out.writeLong(offset);
        out.writeInt(maxLength);
        return out.getCopyOfBuffer();
    }

    private <T> byte[] encode(Class<T> type, T message) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        registry.forType(type).orElseThrow().encode(message, out);
        return out.getCopyOfBuffer();
    }

    private <T> T decode(Class<T> type, byte[] bytes) throws IOException {
        MessageCodec<T> codec = registry.forType(type).orElseThrow();
        return codec.decode(new DataInputDeserializer(bytes));
    }
}
