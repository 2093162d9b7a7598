package io.riffle.taskmanager.internal.operators;

import static io.riffle.taskmanager.internal.operators.TestingOutput.emitted;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;

import io.riffle.api.common.typeinfo.Types;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;
import io.riffle.util.OutputTag;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** OutputRouter: fan-out to several outputs, and side outputs by tag. */
public class OutputRouterTest {

    private static final OutputTag<String> ERRORS = new OutputTag<>("errors", Types.STRING);
    private static final OutputTag<Integer> SIZES = new OutputTag<>("sizes", Types.INT);

    /** Collects, then overwrites the record it was given, as a downstream operator reusing its input record may. */
    private static final class OverwritingOutput<T> implements Output<T> {

        final TestingOutput<T> seen = new TestingOutput<>();

        @Override
        public void collect(StreamRecord<T> record) {
            seen.collect(record);
            record.replace("overwritten", -1);
        }

        @Override
        public <X> void collect(OutputTag<X> outputTag, StreamRecord<X> record) {
            seen.collect(outputTag, record);
            record.replace("overwritten", -1);
        }

        @Override
        public void emitWatermark(Watermark watermark) {
            seen.emitWatermark(watermark);
        }

        @Override
        public void emitWatermarkStatus(WatermarkStatus status) {
            seen.emitWatermarkStatus(status);
        }
    }

    @Test
    public void givesEveryMainOutputItsOwnRecordSoOneOverwritingItDoesNotAffectTheOthers() throws Exception {
        OverwritingOutput<String> first = new OverwritingOutput<>();
        OverwritingOutput<String> second = new OverwritingOutput<>();
        TestingOutput<String> last = new TestingOutput<>();
        OutputRouter<String> router = new OutputRouter<>(List.of(first, second, last), Map.of());

        router.collect(new StreamRecord<>("a", 5));
        router.collect(new StreamRecord<>("b"));

        for (TestingOutput<String> output : List.of(first.seen, second.seen, last)) {
            assertEquals(List.of(emitted("a", 5), emitted("b")), output.elements());
        }
        assertNotSame(first.seen.receivedRecords().get(0), second.seen.receivedRecords().get(0));
    }

    @Test
    public void handsTheOriginalRecordToTheLastOutput() throws Exception {
        TestingOutput<String> first = new TestingOutput<>();
        TestingOutput<String> last = new TestingOutput<>();
        OutputRouter<String> router = new OutputRouter<>(List.of(first, last), Map.of());
        StreamRecord<String> record = new StreamRecord<>("a", 1);

        router.collect(record);

        assertNotSame(record, first.receivedRecords().get(0));
        assertSame(record, last.receivedRecords().get(0));
    }

    @Test
    public void sendsSideRecordsOnlyToTheOutputsOfTheirTag() throws Exception {
        TestingOutput<String> main = new TestingOutput<>();
        TestingOutput<String> errors = new TestingOutput<>();
        OverwritingOutput<Integer> sizesFirst = new OverwritingOutput<>();
        TestingOutput<Integer> sizesLast = new TestingOutput<>();
        OutputRouter<String> router = new OutputRouter<>(List.of(main),
                Map.of(ERRORS, List.of(errors), SIZES, List.of(sizesFirst, sizesLast)));

        router.collect(new StreamRecord<>("ok", 1));
        router.collect(ERRORS, new StreamRecord<>("bad", 2));
        router.collect(SIZES, new StreamRecord<>(3, 3));

        assertEquals(List.of(emitted("ok", 1)), main.elements());
        assertEquals(List.of(emitted("bad", 2)), errors.elements());
        assertEquals(List.of(emitted(3, 3)), sizesFirst.seen.elements());
        assertEquals("each output of a tag gets its own record", List.of(emitted(3, 3)), sizesLast.elements());
    }

    @Test
    public void dropsSideRecordsOfATagNothingConsumes() throws Exception {
        TestingOutput<String> main = new TestingOutput<>();
        OutputRouter<String> router = new OutputRouter<>(List.of(main), Map.of(ERRORS, List.of(new TestingOutput<String>())));

        router.collect(new OutputTag<>("unconsumed", Types.STRING), new StreamRecord<>("x"));

        assertEquals(List.of(), main.receivedRecords());
    }

    @Test
    public void matchesSideOutputsByTagIdLikeFlink() throws Exception {
        TestingOutput<String> errors = new TestingOutput<>();
        OutputRouter<String> router = new OutputRouter<>(List.of(), Map.of(ERRORS, List.of(errors)));

        router.collect(new OutputTag<>("errors", Types.STRING), new StreamRecord<>("x"));

        assertEquals(List.of(emitted("x")), errors.elements());
    }

    @Test
    public void sendsWatermarksToEveryMainAndSideOutput() throws Exception {
        TestingOutput<String> main1 = new TestingOutput<>();
        TestingOutput<String> main2 = new TestingOutput<>();
        TestingOutput<String> errors = new TestingOutput<>();
        OutputRouter<String> router = new OutputRouter<>(List.of(main1, main2), Map.of(ERRORS, List.of(errors)));

        router.emitWatermark(new Watermark(9));

        for (TestingOutput<String> output : List.of(main1, main2, errors)) {
            assertEquals(List.of(new Watermark(9)), output.watermarks());
        }
    }
}
