package io.riffle.taskmanager.internal.operators;

import static org.junit.Assert.assertEquals;

import io.riffle.api.common.eventtime.Watermark;
import io.riffle.api.common.eventtime.WatermarkOutput;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class SplitWatermarksTest {

    /** What reaches the operator's output: watermark timestamps, "IDLE", "ACTIVE". */
    private final TestingOutput<Object> output = new TestingOutput<>();
    private final SplitWatermarks splits = new SplitWatermarks(new WatermarkEmitter(output));

    private List<String> emitted() {
        List<String> emitted = new ArrayList<>();
        for (Object element : output.elements()) {
            emitted.add(element instanceof io.riffle.taskmanager.internal.streamrecord.Watermark w ? Long.toString(w.getTimestamp())
                    : element.toString().contains("IDLE") ? "IDLE" : "ACTIVE");
        }
        return emitted;
    }

    @Test
    public void theReadersWatermarkIsTheSmallestOverItsSplits() {
        WatermarkOutput a = splits.register("a");
        WatermarkOutput b = splits.register("b");
        a.emitWatermark(new Watermark(100));
        assertEquals("split b holds the reader back", List.of(), emitted());
        b.emitWatermark(new Watermark(40));
        a.emitWatermark(new Watermark(150));
        b.emitWatermark(new Watermark(120));
        assertEquals(List.of("40", "120"), emitted());
    }

    @Test
    public void anIdleOrReleasedSplitNoLongerHoldsTheReaderBack() {
        WatermarkOutput a = splits.register("a");
        WatermarkOutput b = splits.register("b");
        WatermarkOutput c = splits.register("c");
        a.emitWatermark(new Watermark(100));
        b.emitWatermark(new Watermark(70));
        c.markIdle();
        splits.release("b");
        assertEquals(List.of("70", "100"), emitted());
    }

    @Test
    public void theReaderIsIdleWhenAllSplitsAreAndActiveWhenOneEmitsAgain() {
        WatermarkOutput a = splits.register("a");
        WatermarkOutput b = splits.register("b");
        a.markIdle();
        b.markIdle();
        b.emitWatermark(new Watermark(5));
        assertEquals(List.of("IDLE", "ACTIVE", "5"), emitted());
    }

    @Test
    public void aNewSplitWhileIdleMakesTheReaderActive() {
        splits.register("a").markIdle();
        splits.register("b");
        assertEquals(List.of("IDLE", "ACTIVE"), emitted());
    }
}
