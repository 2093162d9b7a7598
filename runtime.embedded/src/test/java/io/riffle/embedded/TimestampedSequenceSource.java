package io.riffle.embedded;

import io.riffle.api.common.eventtime.Watermark;
import io.riffle.api.connector.source.ReaderOutput;
import io.riffle.api.connector.source.SourceOutput;
import io.riffle.api.connector.source.SourceReader;
import io.riffle.api.connector.source.SourceReaderContext;
import io.riffle.api.connector.source.lib.NumberSequenceSource;
import io.riffle.api.connector.source.lib.NumberSequenceSplit;
import io.riffle.core.io.InputStatus;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The numbers {@code from..to}, each with itself as its event timestamp (ms), for event-time jobs. */
final class TimestampedSequenceSource extends NumberSequenceSource {

    private static final long serialVersionUID = 1L;

    TimestampedSequenceSource(long from, long to) {
        super(from, to);
    }

    @Override
    public SourceReader<Long, NumberSequenceSplit> createReader(SourceReaderContext readerContext) throws Exception {
        return new Reader(super.createReader(readerContext));
    }

    private record Reader(SourceReader<Long, NumberSequenceSplit> delegate) implements SourceReader<Long, NumberSequenceSplit> {

        @Override
        public void start() {
            delegate.start();
        }

        @Override
        public InputStatus pollNext(ReaderOutput<Long> output) throws Exception {
            return delegate.pollNext(new ReaderOutput<>() {
                @Override
                public void collect(Long record) {
                    output.collect(record, record);
                }

                @Override
                public void collect(Long record, long timestamp) {
                    output.collect(record, timestamp);
                }

                @Override
                public void emitWatermark(Watermark watermark) {
                    output.emitWatermark(watermark);
                }

                @Override
                public void markIdle() {
                    output.markIdle();
                }

                @Override
                public void markActive() {
                    output.markActive();
                }

                @Override
                public SourceOutput<Long> createOutputForSplit(String splitId) {
                    return output.createOutputForSplit(splitId);
                }

                @Override
                public void releaseOutputForSplit(String splitId) {
                    output.releaseOutputForSplit(splitId);
                }
            });
        }

        @Override
        public CompletableFuture<Void> isAvailable() {
            return delegate.isAvailable();
        }

        @Override
        public void addSplits(List<NumberSequenceSplit> splits) {
            delegate.addSplits(splits);
        }

        @Override
        public void notifyNoMoreSplits() {
            delegate.notifyNoMoreSplits();
        }

        @Override
        public List<NumberSequenceSplit> snapshotState(long checkpointId) {
            return delegate.snapshotState(checkpointId);
        }

        @Override
        public void close() throws Exception {
            delegate.close();
        }
    }
}
