package io.riffle.taskmanager.internal.operators;

import static io.riffle.taskmanager.internal.operators.TestingOutput.emitted;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;

import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import java.util.List;
import org.junit.Test;

/** TimestampedCollector: the collector user functions emit to. */
public class TimestampedCollectorTest {

    private final TestingOutput<String> output = new TestingOutput<>();
    private final TimestampedCollector<String> collector = new TimestampedCollector<>(output);

    @Test
    public void stampsOutputsWithTheTimestampOfTheInputBeingProcessed() {
        collector.setTimestampFrom(new StreamRecord<>("in", 10));
        collector.collect("a");
        collector.collect("b");

        assertEquals(List.of(emitted("a", 10), emitted("b", 10)), output.elements());
    }

    @Test
    public void emitsWithoutTimestampForAnInputWithoutOneEvenAfterATimestampedInput() {
        collector.setTimestampFrom(new StreamRecord<>("in", 10));
        collector.collect("a");
        collector.setTimestampFrom(new StreamRecord<>("untimed"));
        collector.collect("b");

        assertEquals(List.of(emitted("a", 10), emitted("b")), output.elements());
    }

    @Test
    public void canSetOrEraseTheTimestampDirectlyForTimers() {
        collector.setAbsoluteTimestamp(99);
        collector.collect("a");
        collector.eraseTimestamp();
        collector.collect("b");

        assertEquals(List.of(emitted("a", 99), emitted("b")), output.elements());
    }

    @Test
    public void emitsANewRecordEachTimeSoNoneChangesOnceEmitted() {
        collector.setTimestampFrom(new StreamRecord<>("in", 1));
        collector.collect("a");
        collector.collect("b");

        assertNotSame(output.receivedRecords().get(0), output.receivedRecords().get(1));
        assertEquals("a", output.receivedRecords().get(0).getValue());
    }
}
