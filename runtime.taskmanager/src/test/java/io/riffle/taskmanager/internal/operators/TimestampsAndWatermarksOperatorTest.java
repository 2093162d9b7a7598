package io.riffle.taskmanager.internal.operators;

import static io.riffle.taskmanager.internal.operators.TestingOutput.emitted;
import static org.junit.Assert.assertEquals;

import io.riffle.api.common.eventtime.WatermarkStrategy;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;
import java.time.Duration;
import java.util.List;
import org.junit.Test;

public class TimestampsAndWatermarksOperatorTest {

    /** Events are "name@timestamp". */
    private static final WatermarkStrategy<String> BOUNDED_BY_10 = WatermarkStrategy.<String>forBoundedOutOfOrderness(Duration.ofMillis(10))
            .withTimestampAssigner((event, recordTimestamp) -> Long.parseLong(event.substring(event.indexOf('@') + 1)));

    private static OperatorTestHarness<String, String> open(WatermarkStrategy<String> strategy, long interval) throws Exception {
        OperatorTestHarness<String, String> harness = OperatorTestHarness.of(new TimestampsAndWatermarksOperator<>(strategy, interval));
        return harness.open();
    }

    @Test
    public void stampsRecordsAndEmitsWatermarksEveryIntervalOfProcessingTime() throws Exception {
        OperatorTestHarness<String, String> harness = open(BOUNDED_BY_10, 200);
        harness.processElement("a@100");
        harness.processElement("b@95", 1);
        harness.setProcessingTime(199);
        assertEquals("no watermark before the first interval has passed",
                List.of(emitted("a@100", 100), emitted("b@95", 95)), harness.output.elements());

        harness.setProcessingTime(200);
        harness.processElement("c@130");
        harness.setProcessingTime(350);
        harness.setProcessingTime(400);
        harness.setProcessingTime(600);
        assertEquals(List.of(emitted("a@100", 100), emitted("b@95", 95), new Watermark(89), emitted("c@130", 130),
                new Watermark(119)), harness.output.elements());
        assertEquals("one timer at a time, each rescheduled after it ran", List.of(200L, 400L, 600L, 800L),
                harness.processingTime.registrations());
    }

    @Test
    public void upstreamWatermarksAndStatusesAreDroppedExceptTheEndOfEventTime() throws Exception {
        OperatorTestHarness<String, String> harness = open(BOUNDED_BY_10, 200);
        harness.processWatermark(1_000);
        harness.processWatermarkStatus(WatermarkStatus.IDLE);
        harness.processElement("a@50");
        harness.processWatermark(Long.MAX_VALUE);
        harness.finish();
        harness.setProcessingTime(200);
        assertEquals(List.of(emitted("a@50", 50), Watermark.MAX_WATERMARK), harness.output.elements());
    }

    @Test
    public void finishingEmitsWhatTheGeneratorHasSeenSoFar() throws Exception {
        OperatorTestHarness<String, String> harness = open(BOUNDED_BY_10, 200);
        harness.processElement("a@50");
        harness.finish();
        assertEquals(List.of(emitted("a@50", 50), new Watermark(39)), harness.output.elements());
    }

    @Test
    public void aZeroIntervalTurnsPeriodicEmissionOffAndNoWatermarksRegistersNoTimer() throws Exception {
        OperatorTestHarness<String, String> off = open(BOUNDED_BY_10, 0);
        OperatorTestHarness<String, String> none = open(WatermarkStrategy.noWatermarks(), 200);
        assertEquals(List.of(), off.processingTime.registrations());
        assertEquals(List.of(), none.processingTime.registrations());
        none.processElement("a", 7);
        assertEquals("records keep the timestamp they carry", List.of(emitted("a", 7)), none.output.elements());
    }

    @Test
    public void anInputWithoutRecordsForTheIdleTimeoutGoesIdleAndComesBackWithTheNextRecord() throws Exception {
        OperatorTestHarness<String, String> harness = open(BOUNDED_BY_10.withIdleness(Duration.ofMillis(1_000)), 200);
        harness.processElement("a@100");
        harness.setProcessingTime(200);
        harness.setProcessingTime(400);
        harness.setProcessingTime(1_200);
        harness.setProcessingTime(1_400);
        harness.processElement("b@300");
        harness.setProcessingTime(1_600);
        assertEquals("idle 1000 ms after the first quiet check (at 400): at 1400",
                List.of(emitted("a@100", 100), new Watermark(89), WatermarkStatus.IDLE, emitted("b@300", 300),
                        WatermarkStatus.ACTIVE, new Watermark(289)), harness.output.elements());
    }
}
