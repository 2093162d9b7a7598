package io.riffle.api.connector.source.lib;

import static org.junit.Assert.assertEquals;

import io.riffle.api.common.eventtime.Watermark;
import io.riffle.api.connector.source.ReaderOutput;
import io.riffle.api.connector.source.SourceOutput;
import io.riffle.api.connector.source.SourceReader;
import io.riffle.api.connector.source.SourceReaderContext;
import io.riffle.core.io.InputStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.Test;

/** A reader of one number-sequence split emits every number once, in order, in batches, up to the last long. */
public class NumberSequenceSourceTest {

    /** Collects what a reader emits. */
    private static final class CollectingOutput implements ReaderOutput<Long> {

        final List<Long> records = new ArrayList<>();

        @Override
        public void collect(Long record) {
            records.add(record);
        }

        @Override
        public void collect(Long record, long timestamp) {
            records.add(record);
        }

        @Override
        public void emitWatermark(Watermark watermark) {}

        @Override
        public void markIdle() {}

        @Override
        public void markActive() {}

        @Override
        public SourceOutput<Long> createOutputForSplit(String splitId) {
            throw new UnsupportedOperationException("the reader emits through its main output");
        }

        @Override
        public void releaseOutputForSplit(String splitId) {}
    }

    /** A reader of the one split {@code from..to}, started, with the split added. */
    private static SourceReader<Long, NumberSequenceSplit> readerOf(long from, long to) throws Exception {
        SourceReader<Long, NumberSequenceSplit> reader = new NumberSequenceSource(from, to).createReader(new SourceReaderContext() {
            @Override
            public int getIndexOfSubtask() {
                return 0;
            }

            @Override
            public int currentParallelism() {
                return 1;
            }

            @Override
            public void sendSplitRequest() {}
        });
        reader.start();
        reader.addSplits(List.of(new NumberSequenceSplit("0", from, to)));
        return reader;
    }

    private static List<Long> readAll(long from, long to) throws Exception {
        SourceReader<Long, NumberSequenceSplit> reader = readerOf(from, to);
        reader.notifyNoMoreSplits();
        CollectingOutput output = new CollectingOutput();
        int polls = 0;
        while (reader.pollNext(output) != InputStatus.END_OF_INPUT) {
            if (++polls > 10_000) {
                throw new AssertionError("the reader does not end; it emitted " + output.records.size() + " records");
            }
        }
        reader.close();
        return output.records;
    }

    @Test
    public void emitsEveryNumberOnceInOrderAcrossBatches() throws Exception {
        assertEquals(LongStream.rangeClosed(5, 204).boxed().toList(), readAll(5, 204));
        assertEquals(LongStream.rangeClosed(0, 127).boxed().toList(), readAll(0, 127));
        assertEquals(List.of(7L), readAll(7, 7));
    }

    @Test
    public void endsAtTheLastLongWithoutOverflowing() throws Exception {
        assertEquals(LongStream.rangeClosed(Long.MAX_VALUE - 99, Long.MAX_VALUE).boxed().toList(),
                readAll(Long.MAX_VALUE - 99, Long.MAX_VALUE));
        assertEquals(LongStream.rangeClosed(Long.MAX_VALUE - 63, Long.MAX_VALUE).boxed().toList(),
                readAll(Long.MAX_VALUE - 63, Long.MAX_VALUE));
    }

    @Test
    public void startsASplitThatSpansMoreThanLongMaxValueNumbers() throws Exception {
        SourceReader<Long, NumberSequenceSplit> reader = readerOf(Long.MIN_VALUE, Long.MAX_VALUE);
        CollectingOutput output = new CollectingOutput();

        assertEquals(InputStatus.MORE_AVAILABLE, reader.pollNext(output));
        assertEquals(InputStatus.MORE_AVAILABLE, reader.pollNext(output));

        assertEquals(LongStream.range(0, output.records.size()).map(i -> Long.MIN_VALUE + i).boxed().toList(), output.records);
    }
}
