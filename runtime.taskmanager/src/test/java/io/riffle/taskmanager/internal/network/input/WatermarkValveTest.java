package io.riffle.taskmanager.internal.network.input;

import static org.junit.Assert.assertEquals;

import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class WatermarkValveTest {

    /** What the valve forwards, as "wm 5", "IDLE", "ACTIVE". */
    private final List<String> emitted = new ArrayList<>();
    private final DataOutput<Object> output = new DataOutput<>() {
        @Override
        public void emitRecord(StreamRecord<Object> record) {
            throw new AssertionError("the valve emits no records");
        }

        @Override
        public void emitWatermark(Watermark watermark) {
            emitted.add("wm " + watermark.getTimestamp());
        }

        @Override
        public void emitWatermarkStatus(WatermarkStatus status) {
            emitted.add(status.isActive() ? "ACTIVE" : "IDLE");
        }
    };

    private List<String> drain() {
        List<String> drained = List.copyOf(emitted);
        emitted.clear();
        return drained;
    }

    private void watermark(WatermarkValve valve, int channel, long timestamp) throws Exception {
        valve.inputWatermark(new Watermark(timestamp), channel, output);
    }

    private void status(WatermarkValve valve, int channel, WatermarkStatus status) throws Exception {
        valve.inputWatermarkStatus(status, channel, output);
    }

    @Test
    public void theInputWatermarkIsTheSmallestOfItsChannels() throws Exception {
        WatermarkValve valve = new WatermarkValve(3);
        watermark(valve, 0, 10);
        watermark(valve, 1, 5);
        assertEquals("channel 2 is still at the start of time", List.of(), drain());
        watermark(valve, 2, 7);
        assertEquals(List.of("wm 5"), drain());
        watermark(valve, 1, 20);
        assertEquals(List.of("wm 7"), drain());
    }

    @Test
    public void oneChannelEndingDoesNotEndEventTimeForTheOthers() throws Exception {
        WatermarkValve valve = new WatermarkValve(2);
        watermark(valve, 0, Long.MAX_VALUE);
        watermark(valve, 1, 100);
        watermark(valve, 1, Long.MAX_VALUE);
        assertEquals(List.of("wm 100", "wm " + Long.MAX_VALUE), drain());
    }

    @Test
    public void watermarksNeverMoveBackwards() throws Exception {
        WatermarkValve valve = new WatermarkValve(1);
        watermark(valve, 0, 50);
        watermark(valve, 0, 40);
        watermark(valve, 0, 50);
        assertEquals(List.of("wm 50"), drain());
    }

    @Test
    public void anIdleChannelNoLongerHoldsEventTimeBack() throws Exception {
        WatermarkValve valve = new WatermarkValve(3);
        watermark(valve, 0, 30);
        watermark(valve, 1, 20);
        status(valve, 2, WatermarkStatus.IDLE);
        assertEquals("channel 2 never sent a watermark; once idle the others decide", List.of("wm 20"), drain());
        watermark(valve, 2, 5);
        assertEquals("watermarks of an idle channel are ignored", List.of(), drain());
        status(valve, 1, WatermarkStatus.IDLE);
        assertEquals("channel 1 held event time at 20; now only channel 0 counts", List.of("wm 30"), drain());
        watermark(valve, 0, 45);
        assertEquals(List.of("wm 45"), drain());
    }

    @Test
    public void aChannelBecomingActiveCountsOnlyOnceItCatchesUp() throws Exception {
        WatermarkValve valve = new WatermarkValve(2);
        status(valve, 1, WatermarkStatus.IDLE);
        watermark(valve, 0, 100);
        assertEquals(List.of("wm 100"), drain());
        status(valve, 1, WatermarkStatus.ACTIVE);
        watermark(valve, 1, 60);
        watermark(valve, 0, 110);
        assertEquals("channel 1 is behind the input's 100: it does not pull event time back", List.of("wm 110"), drain());
        watermark(valve, 1, 105);
        watermark(valve, 0, 130);
        assertEquals("channel 1 still behind 110", List.of("wm 130"), drain());
        watermark(valve, 1, 120);
        watermark(valve, 0, 140);
        assertEquals("channel 1 still behind 130", List.of("wm 140"), drain());
        watermark(valve, 1, 150);
        watermark(valve, 0, 200);
        assertEquals("channel 1 caught up at 150 and holds event time now", List.of("wm 150"), drain());
    }

    @Test
    public void theInputIsIdleWhenAllChannelsAreAndActiveWhenOneReturns() throws Exception {
        WatermarkValve valve = new WatermarkValve(2);
        watermark(valve, 0, 10);
        watermark(valve, 1, 40);
        assertEquals(List.of("wm 10"), drain());
        status(valve, 0, WatermarkStatus.IDLE);
        assertEquals(List.of("wm 40"), drain());
        status(valve, 1, WatermarkStatus.IDLE);
        status(valve, 0, WatermarkStatus.IDLE);
        assertEquals("all idle: the input goes idle once", List.of("IDLE"), drain());
        status(valve, 0, WatermarkStatus.ACTIVE);
        status(valve, 1, WatermarkStatus.ACTIVE);
        assertEquals(List.of("ACTIVE"), drain());
        watermark(valve, 0, 50);
        watermark(valve, 1, 45);
        assertEquals(List.of("wm 45"), drain());
    }

    @Test
    public void whenTheLastChannelGoesIdleTheLargestWatermarkIsReleasedFirst() throws Exception {
        WatermarkValve valve = new WatermarkValve(2);
        status(valve, 0, WatermarkStatus.IDLE);
        watermark(valve, 1, 70);
        status(valve, 1, WatermarkStatus.IDLE);
        assertEquals(List.of("wm 70", "IDLE"), drain());
    }
}
