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
        long first = next;
        // the indexes after first; negative only when the split spans more than Long.MAX_VALUE of them
        long after = current.to() - first;
        int count = after >= 0 && after < BATCH ? (int) after + 1 : BATCH;
        // an int-counted loop, which the JIT unrolls, with a safepoint poll per batch rather than per record
        for (int k = 0; k < count; k++) {
            output.collect(source.produce(first + k));
        }
        boolean more = after < 0 || after >= BATCH;
        if (more) {
            next = first + count;
        }
        return more;
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
