package io.riffle.taskmanager.internal.operators;

import static io.riffle.taskmanager.internal.operators.TestingOutput.emitted;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import io.riffle.api.common.typeinfo.Types;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.util.OutputTag;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** OutputRouter: fan-out to several outputs, and side outputs by tag. */
public class OutputRouterTest {

    private static final OutputTag<String> ERRORS = new OutputTag<>("errors", Types.STRING);
    private static final OutputTag<Integer> SIZES = new OutputTag<>("sizes", Types.INT);

    @Test
    public void handsEveryMainOutputTheSameRecord() throws Exception {
        TestingOutput<String> first = new TestingOutput<>();
        TestingOutput<String> second = new TestingOutput<>();
        TestingOutput<String> last = new TestingOutput<>();
        OutputRouter<String> router = new OutputRouter<>(List.of(first, second, last), Map.of());
        StreamRecord<String> record = new StreamRecord<>("a", 5);

        router.collect(record);
        router.collect(new StreamRecord<>("b"));

        for (TestingOutput<String> output : List.of(first, second, last)) {
            assertEquals(List.of(emitted("a", 5), emitted("b")), output.elements());
            // records are immutable, so no output needs a copy of its own
            assertSame(record, output.receivedRecords().get(0));
        }
    }

    @Test
    public void sendsSideRecordsOnlyToTheOutputsOfTheirTag() throws Exception {
        TestingOutput<String> main = new TestingOutput<>();
        TestingOutput<String> errors = new TestingOutput<>();
        TestingOutput<Integer> sizesFirst = new TestingOutput<>();
        TestingOutput<Integer> sizesLast = new TestingOutput<>();
        OutputRouter<String> router = new OutputRouter<>(List.of(main),
                Map.of(ERRORS, List.of(errors), SIZES, List.of(sizesFirst, sizesLast)));

        router.collect(new StreamRecord<>("ok", 1));
        router.collect(ERRORS, new StreamRecord<>("bad", 2));
        router.collect(SIZES, new StreamRecord<>(3, 3));

        assertEquals(List.of(emitted("ok", 1)), main.elements());
        assertEquals(List.of(emitted("bad", 2)), errors.elements());
        assertEquals(List.of(emitted(3, 3)), sizesFirst.elements());
        assertEquals(List.of(emitted(3, 3)), sizesLast.elements());
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
