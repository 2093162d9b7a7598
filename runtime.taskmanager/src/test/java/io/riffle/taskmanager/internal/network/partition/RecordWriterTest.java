package io.riffle.taskmanager.internal.network.partition;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.typeutils.base.LongSerializer;
import io.riffle.taskmanager.internal.network.TestingByteArraySerializer;
import io.riffle.taskmanager.internal.network.TestingNetwork;
import io.riffle.taskmanager.internal.network.event.EndOfPartitionEvent;
import io.riffle.taskmanager.internal.network.serialization.EventSerializer;
import io.riffle.taskmanager.internal.network.serialization.StreamElementSerializer;
import io.riffle.taskmanager.internal.partitioner.BroadcastPartitioner;
import io.riffle.taskmanager.internal.partitioner.ChannelSelector;
import io.riffle.taskmanager.internal.partitioner.RescalePartitioner;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

public class RecordWriterTest {

    /** Framed size of a long record without timestamp: length 4 + tag 1 + value 8. */
    private static final int LONG_RECORD_BYTES = 13;

    private final TestingNetwork network = new TestingNetwork(128);
    private final StreamElementSerializer<Long> longs = new StreamElementSerializer<>(LongSerializer.INSTANCE);
    private final AtomicInteger[] notifications = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};

    private ResultSubpartitionView[] views(ResultPartition partition) throws Exception {
        ResultSubpartitionView[] views = new ResultSubpartitionView[partition.getNumberOfSubpartitions()];
        for (int i = 0; i < views.length; i++) {
            AtomicInteger counter = notifications[i];
            views[i] = network.partitionManager.createSubpartitionView(partition.getId(), i, counter::incrementAndGet).get();
        }
        return views;
    }

    private static ChannelSelector<Long> toChannel(int channel) {
        return new ChannelSelector<>() {
            @Override
            public void setup(int numberOfChannels) {}

            @Override
            public int selectChannel(StreamRecord<Long> record) {
                return channel;
            }

            @Override
            public boolean isBroadcast() {
                return false;
            }
        };
    }

    @Test
    public void aPartlyFilledBufferIsInvisibleUntilFlushed() throws Exception {
        ResultPartition partition = network.partition(TestingNetwork.newPartitionId(0), 1, 4);
        ResultSubpartitionView view = views(partition)[0];
        RecordWriter<Long> writer = TestingNetwork.writer(partition, toChannel(0), longs, false);

        writer.emit(new StreamRecord<>(1L));
        writer.emit(new StreamRecord<>(2L));
        assertNull(view.getNextBuffer());
        assertTrue(writer.hasUnflushedData());

        writer.flushAll();
        BufferAndAvailability flushed = view.getNextBuffer();
        assertEquals(2 * LONG_RECORD_BYTES, flushed.buffer().readableBytes());
        assertFalse(flushed.moreAvailable());
        assertFalse(writer.hasUnflushedData());
        assertEquals(1, notifications[0].get());
    }

    @Test
    public void flushAllSkipsChannelsWithoutData() throws Exception {
        ResultPartition partition = network.partition(TestingNetwork.newPartitionId(0), 3, 6);
        ResultSubpartitionView[] views = views(partition);
        RecordWriter<Long> writer = TestingNetwork.writer(partition, toChannel(1), longs, false);

        writer.emit(new StreamRecord<>(7L));
        writer.flushAll();
        writer.flushAll();
        assertNull(views[0].getNextBuffer());
        assertEquals(LONG_RECORD_BYTES, views[1].getNextBuffer().buffer().readableBytes());
        assertNull("a second flush of an empty buffer sends nothing", views[1].getNextBuffer());
        assertNull(views[2].getNextBuffer());
        assertEquals(0, notifications[0].get() + notifications[2].get());
    }

    @Test
    public void aFullBufferIsHandedOverWithoutAFlush() throws Exception {
        ResultPartition partition = network.partition(TestingNetwork.newPartitionId(0), 1, 4);
        ResultSubpartitionView view = views(partition)[0];
        RecordWriter<Long> writer = TestingNetwork.writer(partition, toChannel(0), longs, false);

        for (long i = 0; i < 10; i++) {
            writer.emit(new StreamRecord<>(i));
        }
        // 10 * 13 = 130 bytes: one full buffer of 128, and 2 bytes of the last record pending.
        BufferAndAvailability full = view.getNextBuffer();
        assertEquals(128, full.buffer().readableBytes());
        assertNull(view.getNextBuffer());
        assertEquals("the reader was told once, when its queue became non-empty", 1, notifications[0].get());
    }

    @Test
    public void flushingAfterEveryRecordMakesEachRecordVisibleAtOnce() throws Exception {
        ResultPartition partition = network.partition(TestingNetwork.newPartitionId(0), 1, 4);
        ResultSubpartitionView view = views(partition)[0];
        RecordWriter<Long> writer = TestingNetwork.writer(partition, toChannel(0), longs, true);

        writer.emit(new StreamRecord<>(1L));
        BufferAndAvailability first = view.getNextBuffer();
        assertEquals(LONG_RECORD_BYTES, first.buffer().readableBytes());
        first.buffer().recycle();
        writer.emit(new StreamRecord<>(2L, 5L));
        assertEquals(LONG_RECORD_BYTES + 8, view.getNextBuffer().buffer().readableBytes());
    }

    @Test
    public void finishFlushesAndEndsEverySubpartition() throws Exception {
        ResultPartition partition = network.partition(TestingNetwork.newPartitionId(0), 2, 5);
        ResultSubpartitionView[] views = views(partition);
        RecordWriter<Long> writer = TestingNetwork.writer(partition, toChannel(0), longs, false);
        writer.emit(new StreamRecord<>(1L));

        writer.finish();
        BufferAndAvailability data = views[0].getNextBuffer();
        assertFalse(data.buffer().isEvent());
        assertTrue(data.moreAvailable());
        for (ResultSubpartitionView view : views) {
            BufferAndAvailability end = view.getNextBuffer();
            assertTrue(end.buffer().isEvent());
            assertSame(EndOfPartitionEvent.INSTANCE, EventSerializer.fromBuffer(end.buffer()));
            assertFalse(end.moreAvailable());
        }
        assertThrows(IllegalStateException.class, () -> writer.emit(new StreamRecord<>(2L)));
    }

    @Test
    public void broadcastEmitWritesAWatermarkToEveryChannel() throws Exception {
        ResultPartition partition = network.partition(TestingNetwork.newPartitionId(0), 3, 7);
        ResultSubpartitionView[] views = views(partition);
        RecordWriter<Long> writer = TestingNetwork.writer(partition, new RescalePartitioner<>(), longs, false);

        writer.broadcastEmit(new Watermark(100L));
        writer.flushAll();
        for (ResultSubpartitionView view : views) {
            assertEquals(4 + 1 + 8, view.getNextBuffer().buffer().readableBytes());
        }
    }

    @Test
    public void aBroadcastPartitionerCopiesEveryRecordToEveryChannel() throws Exception {
        ResultPartition partition = network.partition(TestingNetwork.newPartitionId(0), 3, 7);
        ResultSubpartitionView[] views = views(partition);
        RecordWriter<Long> writer = TestingNetwork.writer(partition, new BroadcastPartitioner<>(), longs, false);

        writer.emit(new StreamRecord<>(1L));
        writer.emit(new StreamRecord<>(2L));
        writer.flushAll();
        for (ResultSubpartitionView view : views) {
            assertEquals(2 * LONG_RECORD_BYTES, view.getNextBuffer().buffer().readableBytes());
        }
    }

    @Test
    public void aRecordAboveTheMaxRecordSizeIsRefusedByTheWriter() throws Exception {
        ResultPartition partition = network.partition(TestingNetwork.newPartitionId(0), 1, 4);
        RecordWriter<byte[]> writer = new RecordWriter<>(partition, new RescalePartitioner<>(),
                new StreamElementSerializer<>(new TestingByteArraySerializer()), false, 1000);
        IOException e = assertThrows(IOException.class, () -> writer.emit(new StreamRecord<>(new byte[1000])));
        assertTrue(e.getMessage(), e.getMessage().contains("exceeds the max record size of 1000"));
        assertEquals(0, partition.getBufferPool().getNumberOfBuffersInUse());
    }

    @Test
    public void closeRecyclesBuffersThatWereNeverFlushed() throws Exception {
        ResultPartition partition = network.partition(TestingNetwork.newPartitionId(0), 3, 7);
        RecordWriter<Long> writer = TestingNetwork.writer(partition, new RescalePartitioner<>(), longs, false);
        for (long i = 0; i < 3; i++) {
            writer.emit(new StreamRecord<>(i));
        }
        assertEquals(3, partition.getBufferPool().getNumberOfBuffersInUse());
        writer.close();
        assertEquals(0, partition.getBufferPool().getNumberOfBuffersInUse());
    }

    @Test
    public void aPoolNoBiggerThanTheSubpartitionCountIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> network.partition(TestingNetwork.newPartitionId(0), 4, 4));
        assertTrue(e.getMessage(), e.getMessage().contains("at least 5"));
    }
}
