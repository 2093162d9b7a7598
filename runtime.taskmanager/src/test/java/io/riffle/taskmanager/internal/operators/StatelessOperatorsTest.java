package io.riffle.taskmanager.internal.operators;

import static io.riffle.taskmanager.internal.operators.TestingOutput.emitted;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import io.riffle.api.common.functions.FlatMapFunction;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import java.io.IOException;
import java.util.List;
import org.junit.Test;

/** Map, FlatMap and Filter: per-record functions that keep the input's timestamp and forward watermarks. */
public class StatelessOperatorsTest {

    @Test
    public void mapEmitsTheFunctionResultWithTheInputTimestamp() throws Exception {
        OperatorTestHarness<String, Integer> harness = OperatorTestHarness.<String, Integer>of(new MapOperator<>(String::length)).open();

        harness.processElement("ab", 5);
        harness.processElement("abc");

        assertEquals(List.of(emitted(2, 5), emitted(3)), harness.output.elements());
    }

    @Test
    public void mapForwardsWatermarksInOrderWithRecords() throws Exception {
        OperatorTestHarness<String, Integer> harness = OperatorTestHarness.<String, Integer>of(new MapOperator<>(String::length)).open();

        harness.processElement("a", 1);
        harness.processWatermark(4);
        harness.processElement("bb", 6);

        assertEquals(List.of(emitted(1, 1), new Watermark(4), emitted(2, 6)), harness.output.elements());
    }

    @Test
    public void mapFailsWithTheFunctionsOwnCheckedException() throws Exception {
        OperatorTestHarness<String, Integer> harness = OperatorTestHarness.<String, Integer>of(new MapOperator<String, Integer>(v -> {
            throw new IOException("cannot map " + v);
        })).open();

        IOException e = assertThrows(IOException.class, () -> harness.processElement("x"));
        assertEquals("cannot map x", e.getMessage());
        assertEquals(List.of(), harness.output.elements());
    }

    @Test
    public void flatMapStampsEveryOutputWithTheTimestampOfItsOwnInput() throws Exception {
        FlatMapFunction<String, String> words = (line, out) -> {
            for (String word : line.split(" ")) {
                out.collect(word);
            }
        };
        OperatorTestHarness<String, String> harness = OperatorTestHarness.<String, String>of(new FlatMapOperator<>(words)).open();

        harness.processElement("a b", 3);
        harness.processElement("c");
        harness.processElement("d", 9);

        assertEquals(List.of(emitted("a", 3), emitted("b", 3), emitted("c"), emitted("d", 9)), harness.output.elements());
    }

    @Test
    public void flatMapMayEmitNothingForARecord() throws Exception {
        FlatMapFunction<String, String> nonEmpty = (value, out) -> {
            if (!value.isEmpty()) {
                out.collect(value);
            }
        };
        OperatorTestHarness<String, String> harness = OperatorTestHarness.<String, String>of(new FlatMapOperator<>(nonEmpty)).open();

        harness.processElement("", 1);
        harness.processElement("x", 2);
        harness.processWatermark(2);

        assertEquals(List.of(emitted("x", 2), new Watermark(2)), harness.output.elements());
    }

    @Test
    public void filterForwardsAcceptedRecordsUnchangedAndDropsTheOthers() throws Exception {
        OperatorTestHarness<Integer, Integer> harness = OperatorTestHarness.<Integer, Integer>of(
                new FilterOperator<Integer>(n -> n % 2 == 0)).open();
        StreamRecord<Integer> even = new StreamRecord<>(4, 40);

        harness.processElement(1, 10);
        harness.processElement(even);
        harness.processElement(7);
        harness.processElement(6);

        assertEquals(List.of(emitted(4, 40), emitted(6)), harness.output.elements());
        assertSame("a filter passes the record object on, it does not copy it", even, harness.output.receivedRecords().get(0));
    }

    @Test
    public void filterForwardsWatermarksEvenWhenItDropsEveryRecord() throws Exception {
        OperatorTestHarness<Integer, Integer> harness = OperatorTestHarness.<Integer, Integer>of(
                new FilterOperator<Integer>(n -> false)).open();

        harness.processElement(1, 1);
        harness.processWatermark(1);
        harness.processWatermark(Long.MAX_VALUE);

        assertEquals(List.of(new Watermark(1), Watermark.MAX_WATERMARK), harness.output.elements());
    }
}
