package io.riffle.api.connector.source.lib;

import io.riffle.api.connector.source.ReaderOutput;
import io.riffle.api.connector.source.SourceReaderContext;

/**
 * Reads number-sequence splits, emitting a batch of records per poll so the task's per-call
 * overhead is spread over many records.
 */
final class IndexedSourceReader<T> extends SplitRequestingSourceReader<T, NumberSequenceSplit> {

    private static final int BATCH = 64;

    private final IndexedSource<T> source;
    private NumberSequenceSplit current;
    private long next;

    IndexedSourceReader(IndexedSource<T> source, SourceReaderContext context) {
        super(context);
        this.source = source;
    }

    @Override
    protected void startSplit(NumberSequenceSplit split) {
        current = split;
        next = split.from();
    }

    @Override
    protected boolean emitBatch(ReaderOutput<T> output) throws Exception {
        long end = Math.min(current.to(), next + BATCH - 1);
        for (long i = next; i <= end; i++) {
            output.collect(source.produce(i));
        }
        next = end + 1;
        return next <= current.to();
    }

    @Override
    protected NumberSequenceSplit remainderOfCurrentSplit() {
        return next <= current.to() ? new NumberSequenceSplit(current.splitId(), next, current.to()) : null;
    }

    @Override
    public void close() throws Exception {
        source.closeReader();
    }
}
