package io.riffle.taskmanager.internal.network.serialization;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.typeutils.base.LongSerializer;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputSerializer;
import io.riffle.taskmanager.internal.network.TestingByteArraySerializer;
import io.riffle.taskmanager.internal.network.buffer.Buffer;
import io.riffle.taskmanager.internal.streamrecord.StreamElement;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class SpanningRecordDeserializerTest {

    private static final int MAX_RECORD_SIZE = 1 << 20;

    private int recycled;

    /** The framed bytes of {@code elements}, cut into buffers of {@code bufferSize} bytes that count their recycling. */
    private <T> List<Buffer> frame(StreamElementSerializer<T> serializer, List<StreamElement> elements, int bufferSize) throws IOException {
        SpanningRecordSerializer<T> framer = new SpanningRecordSerializer<>(serializer, MAX_RECORD_SIZE);
        DataOutputSerializer stream = new DataOutputSerializer(64);
        for (StreamElement element : elements) {
            int length = framer.serialize(element);
            stream.write(framer.bytes(), 0, length);
        }
        return cut(stream.getCopyOfBuffer(), bufferSize);
    }

    private List<Buffer> cut(byte[] bytes, int bufferSize) {
        List<Buffer> buffers = new ArrayList<>();
        for (int offset = 0; offset < bytes.length; offset += bufferSize) {
            Buffer buffer = new Buffer(new byte[bufferSize], b -> recycled++);
            buffer.append(bytes, offset, Math.min(bufferSize, bytes.length - offset));
            buffers.add(buffer);
        }
        return buffers;
    }

    private <T> List<StreamElement> readAll(StreamElementSerializer<T> serializer, List<Buffer> buffers) throws IOException {
        SpanningRecordDeserializer deserializer = new SpanningRecordDeserializer("test channel", MAX_RECORD_SIZE);
        List<StreamElement> read = new ArrayList<>();
        for (Buffer buffer : buffers) {
            deserializer.setNextBuffer(buffer);
            DataInputView view;
            while ((view = deserializer.nextRecord()) != null) {
                read.add(serializer.deserialize(view));
            }
        }
        assertFalse("no partial record left", deserializer.hasPartialRecord());
        return read;
    }


    private static void assertSameElements(List<StreamElement> expected, List<StreamElement> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals("element " + i, expected.get(i).toString(), actual.get(i).toString());
        }
    }

    private static List<StreamElement> mixedElements() {
        List<StreamElement> elements = new ArrayList<>();
        for (long i = 0; i < 40; i++) {
            elements.add(i % 3 == 0 ? new StreamRecord<>(i * 1_000_003L, i * 10) : new StreamRecord<>(-i));
            if (i % 7 == 0) {
                elements.add(new Watermark(i * 10));
            }
            if (i % 11 == 0) {
                elements.add(i % 2 == 0 ? WatermarkStatus.IDLE : WatermarkStatus.ACTIVE);
            }
        }
        return elements;
    }

    @Test
    public void recordsAndWatermarksRoundTripThroughBuffersOfEverySmallSize() throws IOException {
        // Sizes 1..25 put buffer ends at every offset of records and of their length prefixes.
        StreamElementSerializer<Long> serializer = new StreamElementSerializer<>(LongSerializer.INSTANCE);
        List<StreamElement> elements = mixedElements();
        for (int bufferSize = 1; bufferSize <= 25; bufferSize++) {
            recycled = 0;
            List<Buffer> buffers = frame(serializer, elements, bufferSize);
            assertSameElements(elements, readAll(serializer, buffers));
            assertEquals("every buffer recycled, size " + bufferSize, buffers.size(), recycled);
        }
    }

    @Test
    public void recordsWithinOneBufferRoundTrip() throws IOException {
        StreamElementSerializer<Long> serializer = new StreamElementSerializer<>(LongSerializer.INSTANCE);
        List<StreamElement> elements = mixedElements();
        List<Buffer> buffers = frame(serializer, elements, 32 * 1024);
        assertEquals(1, buffers.size());
        assertSameElements(elements, readAll(serializer, buffers));
        assertEquals(1, recycled);
    }

    @Test
    public void recordSpanningTwoBuffersIsReassembled() throws IOException {
        StreamElementSerializer<byte[]> serializer = new StreamElementSerializer<>(new TestingByteArraySerializer());
        byte[] value = TestingByteArraySerializer.pattern(150, 3);
        List<Buffer> buffers = frame(serializer, List.of(new StreamRecord<>(value, 5L)), 100);
        assertEquals(2, buffers.size());
        List<StreamElement> read = readAll(serializer, buffers);
        assertEquals(1, read.size());
        assertArrayEquals(value, ((StreamRecord<byte[]>) read.get(0)).getValue());
        assertEquals(5L, ((StreamRecord<?>) read.get(0)).getTimestamp());
    }

    @Test
    @SuppressWarnings("unchecked")
    public void recordLargerThanABufferSpansSeveralBuffers() throws IOException {
        StreamElementSerializer<byte[]> serializer = new StreamElementSerializer<>(new TestingByteArraySerializer());
        List<StreamElement> elements = List.of(
                new StreamRecord<>(TestingByteArraySerializer.pattern(10, 1)),
                new StreamRecord<>(TestingByteArraySerializer.pattern(100_000, 2)),
                new StreamRecord<>(TestingByteArraySerializer.pattern(3, 3)),
                new StreamRecord<>(TestingByteArraySerializer.pattern(4_099, 4)));
        List<Buffer> buffers = frame(serializer, elements, 1024);
        assertTrue(buffers.size() > 100);
        List<StreamElement> read = readAll(serializer, buffers);
        assertEquals(elements.size(), read.size());
        for (int i = 0; i < elements.size(); i++) {
            assertArrayEquals(((StreamRecord<byte[]>) elements.get(i)).getValue(), ((StreamRecord<byte[]>) read.get(i)).getValue());
        }
        assertEquals(buffers.size(), recycled);
    }

    @Test
    public void aBufferIsRecycledAsSoonAsItsPartOfASpanningRecordIsCopied() throws IOException {
        StreamElementSerializer<byte[]> serializer = new StreamElementSerializer<>(new TestingByteArraySerializer());
        List<Buffer> buffers = frame(serializer, List.of(new StreamRecord<>(TestingByteArraySerializer.pattern(300, 9))), 128);
        SpanningRecordDeserializer deserializer = new SpanningRecordDeserializer("test channel", MAX_RECORD_SIZE);
        deserializer.setNextBuffer(buffers.get(0));
        assertNull(deserializer.nextRecord());
        assertEquals("the reader holds no buffer while it waits for the rest", 1, recycled);
        assertTrue(deserializer.hasPartialRecord());
    }

    @Test
    public void negativeLengthIsACorruptStreamNamingTheChannel() {
        Buffer buffer = new Buffer(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xF0, 1, 2}, b -> recycled++);
        buffer.setWriterIndex(6);
        SpanningRecordDeserializer deserializer = new SpanningRecordDeserializer("channel 3 of Map (1/2)", MAX_RECORD_SIZE);
        deserializer.setNextBuffer(buffer);
        IOException e = assertThrows(IOException.class, deserializer::nextRecord);
        assertTrue(e.getMessage(), e.getMessage().contains("channel 3 of Map (1/2)"));
        assertTrue(e.getMessage(), e.getMessage().contains("-16"));
    }

    @Test
    public void lengthAboveTheMaxRecordSizeIsACorruptStream() {
        Buffer buffer = new Buffer(new byte[] {0, 0x10, 0, 1}, b -> recycled++);
        buffer.setWriterIndex(4);
        SpanningRecordDeserializer deserializer = new SpanningRecordDeserializer("channel 0 of Sink (1/1)", 1000);
        deserializer.setNextBuffer(buffer);
        IOException e = assertThrows(IOException.class, deserializer::nextRecord);
        assertTrue(e.getMessage(), e.getMessage().contains("channel 0 of Sink (1/1)"));
        assertTrue(e.getMessage(), e.getMessage().contains("1048577"));
    }

    @Test
    public void absurdLengthSplitAcrossBuffersIsDetectedToo() throws IOException {
        List<Buffer> buffers = cut(new byte[] {0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0}, 2);
        SpanningRecordDeserializer deserializer = new SpanningRecordDeserializer("channel 1", MAX_RECORD_SIZE);
        deserializer.setNextBuffer(buffers.get(0));
        assertNull(deserializer.nextRecord());
        deserializer.setNextBuffer(buffers.get(1));
        assertThrows(IOException.class, deserializer::nextRecord);
    }

    @Test
    public void aSerializerThatReadsLessThanTheRecordIsDetected() throws IOException {
        StreamElementSerializer<Long> serializer = new StreamElementSerializer<>(LongSerializer.INSTANCE);
        List<Buffer> buffers = frame(serializer, List.of(new StreamRecord<>(1L), new StreamRecord<>(2L)), 1024);
        SpanningRecordDeserializer deserializer = new SpanningRecordDeserializer("channel 5", MAX_RECORD_SIZE);
        deserializer.setNextBuffer(buffers.get(0));
        DataInputView view = deserializer.nextRecord();
        view.readByte();
        IOException e = assertThrows(IOException.class, deserializer::nextRecord);
        assertTrue(e.getMessage(), e.getMessage().contains("read 1 of a record's 9 bytes"));
    }

    @Test
    public void clearRecyclesTheCurrentBufferAndForgetsAPartialRecord() throws IOException {
        StreamElementSerializer<Long> serializer = new StreamElementSerializer<>(LongSerializer.INSTANCE);
        List<Buffer> buffers = frame(serializer, List.of(new StreamRecord<>(1L), new StreamRecord<>(2L)), 20);
        SpanningRecordDeserializer deserializer = new SpanningRecordDeserializer("channel 0", MAX_RECORD_SIZE);
        deserializer.setNextBuffer(buffers.get(0));
        deserializer.nextRecord();
        deserializer.clear();
        assertEquals(1, recycled);
        assertFalse(deserializer.hasPartialRecord());
        assertNull(deserializer.nextRecord());
    }
}
