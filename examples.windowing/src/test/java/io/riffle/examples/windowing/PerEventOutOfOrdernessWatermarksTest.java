package io.riffle.examples.windowing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.riffle.api.common.eventtime.Watermark;
import io.riffle.api.common.eventtime.WatermarkOutput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class PerEventOutOfOrdernessWatermarksTest {

    /** Records the watermarks emitted; idleness plays no part here. */
    private static final class RecordingOutput implements WatermarkOutput {

        final List<Long> watermarks = new ArrayList<>();

        @Override
        public void emitWatermark(Watermark watermark) {
            watermarks.add(watermark.getTimestamp());
        }

        @Override
        public void markIdle() {
            throw new AssertionError("the generator never marks its output idle");
        }

        @Override
        public void markActive() {
            throw new AssertionError("the generator never marks its output active");
        }
    }

    @Test
    public void emitsTheHighestTimestampMinusTheBoundMinusOneAfterEachNewHighest() {
        PerEventOutOfOrdernessWatermarks<String> generator = new PerEventOutOfOrdernessWatermarks<>(Duration.ofMillis(2));
        RecordingOutput output = new RecordingOutput();
        generator.onEvent("a", 1, output);
        generator.onEvent("b", 3, output);
        generator.onEvent("c", 2, output); // behind: no new watermark
        generator.onEvent("d", 3, output); // equal: no new watermark
        generator.onEvent("e", 10, output);
        assertEquals(List.of(-2L, 0L, 7L), output.watermarks);
    }

    @Test
    public void emitsNothingPeriodically() {
        PerEventOutOfOrdernessWatermarks<String> generator = new PerEventOutOfOrdernessWatermarks<>(Duration.ofMillis(2));
        RecordingOutput output = new RecordingOutput();
        generator.onPeriodicEmit(output);
        generator.onEvent("a", 5, output);
        generator.onPeriodicEmit(output);
        assertEquals(List.of(2L), output.watermarks);
    }

    @Test
    public void aZeroBoundTrailsTheHighestTimestampByOneMillisecond() {
        PerEventOutOfOrdernessWatermarks<String> generator = new PerEventOutOfOrdernessWatermarks<>(Duration.ZERO);
        RecordingOutput output = new RecordingOutput();
        generator.onEvent("a", 100, output);
        assertEquals(List.of(99L), output.watermarks);
    }

    @Test
    public void doesNotWrapAroundBelowTheSmallestTimestamp() {
        PerEventOutOfOrdernessWatermarks<String> generator = new PerEventOutOfOrdernessWatermarks<>(Duration.ofMillis(2));
        RecordingOutput output = new RecordingOutput();
        generator.onEvent("a", Long.MIN_VALUE + 1, output);
        generator.onEvent("b", Long.MIN_VALUE + 3, output);
        assertEquals(List.of(Long.MIN_VALUE), output.watermarks);
    }

    @Test
    public void aNegativeBoundIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PerEventOutOfOrdernessWatermarks<String>(Duration.ofMillis(-1)));
        assertEquals("maxOutOfOrderness must be zero or positive, was PT-0.001S", e.getMessage());
    }
}
