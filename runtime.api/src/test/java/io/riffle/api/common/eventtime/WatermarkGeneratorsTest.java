package io.riffle.api.common.eventtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.Test;

public class WatermarkGeneratorsTest {

    private final RecordingWatermarkOutput output = new RecordingWatermarkOutput();
    private final ManualClock clock = new ManualClock();
    private final WatermarkGeneratorSupplier.Context context = () -> clock;

    @Test
    public void boundedOutOfOrdernessTrailsTheLargestTimestampByTheBoundPlusOne() {
        WatermarkGenerator<String> generator = new BoundedOutOfOrdernessWatermarks<>(Duration.ofMillis(10));
        generator.onPeriodicEmit(output);
        generator.onEvent("a", 100, output);
        generator.onEvent("b", 95, output);
        assertEquals("events alone emit nothing", List.of(String.valueOf(Long.MIN_VALUE)), output.drain());
        generator.onPeriodicEmit(output);
        generator.onEvent("c", 120, output);
        generator.onEvent("d", 111, output);
        generator.onPeriodicEmit(output);
        assertEquals(List.of("89", "109"), output.drain());
    }

    @Test
    public void ascendingTimestampsTrailTheLargestTimestampByOne() {
        WatermarkGenerator<String> generator = new AscendingTimestampsWatermarks<>();
        generator.onEvent("a", 7, output);
        generator.onEvent("b", 3, output);
        generator.onPeriodicEmit(output);
        assertEquals(List.of("6"), output.drain());
    }

    @Test
    public void noWatermarksEmitsNothing() {
        WatermarkStrategy<String> strategy = WatermarkStrategy.noWatermarks();
        WatermarkGenerator<String> generator = strategy.createWatermarkGenerator(context);
        generator.onEvent("a", 7, output);
        generator.onPeriodicEmit(output);
        assertEquals(List.of(), output.drain());
        assertFalse(strategy.emitsWatermarks());
    }

    @Test(expected = IllegalArgumentException.class)
    public void negativeOutOfOrdernessIsRejected() {
        new BoundedOutOfOrdernessWatermarks<String>(Duration.ofMillis(-1));
    }

    @Test
    public void strategiesCreateTheirGeneratorsAndKeepRecordTimestampsByDefault() {
        WatermarkStrategy<String> bounded = WatermarkStrategy.forBoundedOutOfOrderness(Duration.ofSeconds(1));
        WatermarkGenerator<String> generator = bounded.createWatermarkGenerator(context);
        generator.onEvent("a", 5_000, output);
        generator.onPeriodicEmit(output);
        assertEquals(List.of("3999"), output.drain());
        assertEquals(42, bounded.createTimestampAssigner(new TimestampAssignerSupplier.Context() {}).extractTimestamp("a", 42));
        assertTrue(bounded.emitsWatermarks());

        WatermarkGenerator<String> custom = new AscendingTimestampsWatermarks<>();
        assertSame(custom, WatermarkStrategy.<String>forGenerator(ctx -> custom).createWatermarkGenerator(context));
        assertTrue(WatermarkStrategy.forMonotonousTimestamps().createWatermarkGenerator(context)
                instanceof AscendingTimestampsWatermarks);
    }

    @Test
    public void withTimestampAssignerReplacesTheAssignerAndKeepsTheGenerator() {
        WatermarkStrategy<String> strategy = WatermarkStrategy.<String>forMonotonousTimestamps()
                .withTimestampAssigner((element, recordTimestamp) -> Long.parseLong(element));
        assertEquals(17, strategy.createTimestampAssigner(new TimestampAssignerSupplier.Context() {}).extractTimestamp("17", 3));
        WatermarkGenerator<String> generator = strategy.createWatermarkGenerator(context);
        generator.onEvent("17", 17, output);
        generator.onPeriodicEmit(output);
        assertEquals(List.of("16"), output.drain());
    }

    @Test
    public void withIdlenessMarksIdleAfterTheTimeoutWithoutEventsAndResumesOnTheNextEvent() {
        WatermarkGenerator<String> generator = WatermarkStrategy.<String>forMonotonousTimestamps()
                .withIdleness(Duration.ofSeconds(5)).createWatermarkGenerator(context);
        generator.onEvent("a", 100, output);
        generator.onPeriodicEmit(output);
        assertEquals("activity: the wrapped generator emits", List.of("99"), output.drain());

        generator.onPeriodicEmit(output);
        clock.advance(Duration.ofMillis(4_999));
        generator.onPeriodicEmit(output);
        assertEquals("the inactivity clock starts at the first quiet check", List.of("99", "99"), output.drain());

        clock.advance(Duration.ofMillis(1));
        generator.onPeriodicEmit(output);
        clock.advance(Duration.ofSeconds(10));
        generator.onPeriodicEmit(output);
        assertEquals("idle is declared once", List.of("idle"), output.drain());

        generator.onEvent("b", 200, output);
        generator.onPeriodicEmit(output);
        assertEquals(List.of("199"), output.drain());
    }

    @Test(expected = IllegalArgumentException.class)
    public void zeroIdlenessIsRejected() {
        WatermarkStrategy.forMonotonousTimestamps().withIdleness(Duration.ZERO);
    }
}
