package io.riffle.taskmanager.internal.network.serialization;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.typeutils.base.LongSerializer;
import io.riffle.core.memory.DataInputDeserializer;
import io.riffle.core.memory.DataOutputSerializer;
import io.riffle.taskmanager.internal.streamrecord.StreamElement;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;
import java.io.IOException;
import org.junit.Test;

public class StreamElementSerializerTest {

    private final StreamElementSerializer<Long> serializer = new StreamElementSerializer<>(LongSerializer.INSTANCE);

    private StreamElement roundTrip(StreamElement element) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(16);
        serializer.serialize(element, out);
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        StreamElement read = serializer.deserialize(in);
        assertEquals("every byte is read", 0, in.available());
        return read;
    }

    @Test
    public void recordWithoutTimestampIsTagPlusValue() throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(16);
        serializer.serialize(new StreamRecord<>(42L), out);
        assertEquals(1 + 8, out.length());
        assertEquals(StreamElementSerializer.TAG_RECORD, out.getSharedBuffer()[0]);
    }

    @Test
    public void recordWithoutTimestampRoundTripsWithoutOne() throws IOException {
        StreamRecord<?> read = (StreamRecord<?>) roundTrip(new StreamRecord<>(42L));
        assertEquals(42L, read.getValue());
        assertFalse(read.hasTimestamp());
    }

    @Test
    public void recordWithTimestampRoundTrips() throws IOException {
        StreamRecord<?> read = (StreamRecord<?>) roundTrip(new StreamRecord<>(-7L, 1_700_000_000_000L));
        assertEquals(-7L, read.getValue());
        assertTrue(read.hasTimestamp());
        assertEquals(1_700_000_000_000L, read.getTimestamp());
    }

    @Test
    public void recordWithMinimalTimestampKeepsIt() throws IOException {
        StreamRecord<?> read = (StreamRecord<?>) roundTrip(new StreamRecord<>(1L, Long.MIN_VALUE));
        assertTrue(read.hasTimestamp());
        assertEquals(Long.MIN_VALUE, read.getTimestamp());
    }

    @Test
    public void watermarkRoundTrips() throws IOException {
        assertEquals(new Watermark(12345L), roundTrip(new Watermark(12345L)));
        assertEquals(Watermark.MAX_WATERMARK, roundTrip(Watermark.MAX_WATERMARK));
    }

    @Test
    public void watermarkStatusRoundTripsToTheSharedInstances() throws IOException {
        assertSame(WatermarkStatus.IDLE, roundTrip(WatermarkStatus.IDLE));
        assertSame(WatermarkStatus.ACTIVE, roundTrip(WatermarkStatus.ACTIVE));
    }

    @Test
    public void unknownTagIsACorruptStream() {
        DataInputDeserializer in = new DataInputDeserializer(new byte[] {9, 0, 0, 0, 0, 0, 0, 0, 0});
        IOException e = assertThrows(IOException.class, () -> serializer.deserialize(in));
        assertTrue(e.getMessage(), e.getMessage().contains("tag 9"));
    }
}
