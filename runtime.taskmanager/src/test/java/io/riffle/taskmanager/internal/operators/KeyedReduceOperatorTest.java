package io.riffle.taskmanager.internal.operators;

import static io.riffle.taskmanager.internal.operators.TestingOutput.emitted;
import static org.junit.Assert.assertEquals;

import io.riffle.api.common.functions.ReduceFunction;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.api.java.tuple.Tuple2;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** KeyedReduceOperator: a running reduction per key, kept in the heap keyed state backend. */
public class KeyedReduceOperatorTest {

    private static OperatorTestHarness<Long, Long> sumByLastDigit(ReduceFunction<Long> sum) throws Exception {
        return OperatorTestHarness.<Long, Long>of(new KeyedReduceOperator<>(sum, Types.LONG))
                .keyedBy(value -> value % 10)
                .open();
    }

    @Test
    public void emitsTheRunningReductionOfTheRecordsKeyAfterEveryRecord() throws Exception {
        OperatorTestHarness<Long, Long> harness = sumByLastDigit(Long::sum);

        harness.processElement(1L);
        harness.processElement(11L);
        harness.processElement(2L);
        harness.processElement(21L);
        harness.processElement(12L);

        assertEquals(List.of(1L, 12L, 2L, 33L, 14L), harness.output.values());
    }

    @Test
    public void emitsTheFirstRecordOfAKeyWithoutCallingTheFunction() throws Exception {
        List<String> calls = new ArrayList<>();
        OperatorTestHarness<Long, Long> harness = sumByLastDigit((a, b) -> {
            calls.add(a + "+" + b);
            return a + b;
        });

        harness.processElement(3L);
        harness.processElement(4L);
        harness.processElement(13L);

        assertEquals(List.of(3L, 4L, 16L), harness.output.values());
        assertEquals(List.of("3+13"), calls);
    }

    @Test
    public void keepsTheTimestampOfTheRecordThatUpdatedTheKey() throws Exception {
        OperatorTestHarness<Long, Long> harness = sumByLastDigit(Long::sum);

        harness.processElement(1L, 100);
        harness.processElement(11L);
        harness.processWatermark(100);
        harness.processElement(21L, 300);

        assertEquals(List.of(emitted(1L, 100), emitted(12L), new Watermark(100), emitted(33L, 300)), harness.output.elements());
    }

    @Test
    public void keepsOneEntryPerKeyInTheBackend() throws Exception {
        OperatorTestHarness<Long, Long> harness = sumByLastDigit(Long::sum);

        for (long value = 0; value < 25; value++) {
            harness.processElement(value);
        }

        assertEquals(10, harness.keyedStateBackend().numKeyValueEntries());
    }

    @Test
    public void reducesTuplesKeyedByAField() throws Exception {
        OperatorTestHarness<Tuple2<String, Integer>, Tuple2<String, Integer>> harness =
                OperatorTestHarness.<Tuple2<String, Integer>, Tuple2<String, Integer>>of(new KeyedReduceOperator<>(
                        (a, b) -> Tuple2.of(a.f0, a.f1 + b.f1), Types.TUPLE(Types.STRING, Types.INT)))
                .keyedBy(t -> t.f0)
                .open();

        harness.processElement(Tuple2.of("to", 1));
        harness.processElement(Tuple2.of("be", 1));
        harness.processElement(Tuple2.of("to", 1));

        assertEquals(List.of(Tuple2.of("to", 1), Tuple2.of("be", 1), Tuple2.of("to", 2)), harness.output.values());
    }
}
