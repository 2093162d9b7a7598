package io.riffle.taskmanager.internal.network.input;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class WatermarkValveTest {

    @Test
    public void theInputWatermarkIsTheSmallestOfItsChannels() {
        WatermarkValve valve = new WatermarkValve(3);
        assertFalse("channels 1 and 2 are still at the start of time", valve.advance(0, 10));
        assertFalse(valve.advance(1, 5));
        assertTrue(valve.advance(2, 7));
        assertEquals(5, valve.combined());
        assertTrue(valve.advance(1, 20));
        assertEquals(7, valve.combined());
    }

    @Test
    public void oneChannelEndingDoesNotEndEventTimeForTheOthers() {
        WatermarkValve valve = new WatermarkValve(2);
        assertFalse(valve.advance(0, Long.MAX_VALUE));
        assertTrue(valve.advance(1, 100));
        assertEquals(100, valve.combined());
        assertTrue(valve.advance(1, Long.MAX_VALUE));
        assertEquals(Long.MAX_VALUE, valve.combined());
    }

    @Test
    public void watermarksNeverMoveBackwards() {
        WatermarkValve valve = new WatermarkValve(1);
        assertTrue(valve.advance(0, 50));
        assertFalse(valve.advance(0, 40));
        assertFalse(valve.advance(0, 50));
        assertEquals(50, valve.combined());
    }
}
