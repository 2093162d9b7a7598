package io.riffle.taskmanager.internal.operators;

import static io.riffle.taskmanager.internal.operators.TestingOutput.emitted;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import io.riffle.api.common.typeinfo.Types;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;
import io.riffle.util.OutputTag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** ChainingOutput: the direct call into the next operator of a chain, and how its failures travel. */
public class ChainingOutputTest {

    /** An input that logs what it gets, or throws {@code failure} if set. */
    private static final class TestingInput implements Input<String> {

        final List<Object> received = new ArrayList<>();
        Exception failure;

        @Override
        public void processElement(StreamRecord<String> record) throws Exception {
            if (failure != null) {
                throw failure;
            }
            received.add(record);
        }

        @Override
        public void processWatermark(Watermark watermark) throws Exception {
            if (failure != null) {
                throw failure;
            }
            received.add(watermark);
        }

        @Override
        public void processWatermarkStatus(WatermarkStatus status) throws Exception {
            if (failure != null) {
                throw failure;
            }
            received.add(status);
        }
    }

    private final TestingInput next = new TestingInput();
    private final ChainingOutput<String> output = new ChainingOutput<>(next);

    @Test
    public void handsTheSameRecordObjectWatermarksAndStatusesToTheNextOperator() {
        StreamRecord<String> record = new StreamRecord<>("a", 1);

        output.collect(record);
        output.emitWatermark(new Watermark(1));
        output.emitWatermarkStatus(WatermarkStatus.IDLE);

        assertEquals(3, next.received.size());
        assertSame(record, next.received.get(0));
        assertEquals(new Watermark(1), next.received.get(1));
        assertSame(WatermarkStatus.IDLE, next.received.get(2));
    }

    @Test
    public void ignoresSideRecordsBecauseSideOutputEdgesAreWiredAsOutputsOfTheirOwn() {
        output.collect(new OutputTag<>("side", Types.STRING), new StreamRecord<>("x"));

        assertEquals(List.of(), next.received);
    }

    @Test
    public void wrapsACheckedExceptionOfTheNextOperator() {
        IOException failure = new IOException("broken pipe");
        next.failure = failure;

        ChainedOperatorException onRecord = assertThrows(ChainedOperatorException.class, () -> output.collect(new StreamRecord<>("a")));
        ChainedOperatorException onWatermark = assertThrows(ChainedOperatorException.class,
                () -> output.emitWatermark(new Watermark(1)));

        assertSame(failure, onRecord.getCause());
        assertSame(failure, onWatermark.getCause());
    }

    @Test
    public void letsAnUncheckedExceptionThroughAsItIs() {
        IllegalStateException failure = new IllegalStateException("bad state");
        next.failure = failure;

        assertSame(failure, assertThrows(IllegalStateException.class, () -> output.collect(new StreamRecord<>("a"))));
    }

    @Test
    public void unwrapsToTheExceptionTheUserCodeThrewThroughAnyNumberOfChainedOperators() throws Exception {
        IOException failure = new IOException("user failure");
        MapOperator<String, String> tail = new MapOperator<>(value -> {
            throw failure;
        });
        tail.setup(null, new TestingOutput<>());
        MapOperator<String, String> middle = new MapOperator<>(String::trim);
        middle.setup(null, new ChainingOutput<>(tail));
        MapOperator<String, String> head = new MapOperator<>(String::toUpperCase);
        head.setup(null, new ChainingOutput<>(middle));

        ChainedOperatorException thrown = assertThrows(ChainedOperatorException.class,
                () -> head.processElement(new StreamRecord<>(" a ")));

        assertSame(failure, ChainedOperatorException.unwrap(thrown));
    }

    @Test
    public void unwrapLeavesOtherExceptionsAlone() {
        IllegalStateException plain = new IllegalStateException("x");
        ChainedOperatorException nested = new ChainedOperatorException(new ChainedOperatorException(plain));

        assertSame(plain, ChainedOperatorException.unwrap(plain));
        assertSame(plain, ChainedOperatorException.unwrap(nested));
    }

    @Test
    public void chainsOperatorsByDirectCallsThatKeepTheTimestamp() throws Exception {
        TestingOutput<Integer> end = new TestingOutput<>();
        MapOperator<String, Integer> tail = new MapOperator<>(String::length);
        tail.setup(null, end);
        FilterOperator<String> head = new FilterOperator<>(s -> !s.isEmpty());
        head.setup(null, new ChainingOutput<>(tail));
        StreamRecord<String> record = new StreamRecord<>("abc", 4);

        head.processElement(record);

        assertEquals(List.of(emitted(3, 4)), end.elements());
    }

    @Test
    public void eachChainLinkIsACopyOfItsOwnClassThatBehavesTheSame() {
        ClassCopies copies = new ClassCopies();
        TestingInput other = new TestingInput();
        Output<String> first = copies.chainingOutput(next);
        Output<String> second = copies.chainingOutput(other);
        StreamRecord<String> record = new StreamRecord<>("a", 1);

        first.collect(record);
        second.emitWatermark(new Watermark(7));

        // distinct classes, so the JIT profiles each link's call into the next operator on its own
        assertNotSame(first.getClass(), second.getClass());
        assertNotSame(ChainingOutput.class, first.getClass());
        assertEquals(List.of(record), next.received);
        assertEquals(List.of(new Watermark(7)), other.received);
        next.failure = new IOException("broken pipe");
        assertThrows(ChainedOperatorException.class, () -> first.collect(record));
    }
}
