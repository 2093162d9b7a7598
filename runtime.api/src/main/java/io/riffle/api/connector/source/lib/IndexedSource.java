package io.riffle.api.connector.source.lib;

import io.riffle.api.connector.source.Boundedness;
import io.riffle.api.connector.source.Source;
import io.riffle.api.connector.source.SourceReader;
import io.riffle.api.connector.source.SourceReaderContext;
import io.riffle.api.connector.source.SplitEnumerator;
import io.riffle.api.connector.source.SplitEnumeratorContext;
import io.riffle.core.io.SimpleVersionedSerializer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A bounded source of the records {@code f(from) .. f(to)}: the index range is cut into one
 * contiguous split per parallel reader, and each reader emits {@link #produce(long)} of every index
 * of its splits, in order.
 */
public abstract class IndexedSource<T> implements Source<T, NumberSequenceSplit, Collection<NumberSequenceSplit>> {

    private static final long serialVersionUID = 1L;

    private final long from;
    private final long to;

    protected IndexedSource(long from, long to) {
        // from == to + 1 is the empty sequence; written so that to == Long.MAX_VALUE does not overflow
        if (from > to && from - 1 != to) {
            throw new IllegalArgumentException("a sequence needs from <= to + 1, got from " + from + ", to " + to);
        }
        this.from = from;
        this.to = to;
    }

    public long getFrom() {
        return from;
    }

    public long getTo() {
        return to;
    }

    /** The record for index {@code index}; called on the reader's task thread. */
    protected abstract T produce(long index) throws Exception;

    /** Called once per reader before the first {@link #produce}, on the reader's copy of this source. */
    protected void openReader(SourceReaderContext context) throws Exception {}

    /** Called once when a reader closes, on the reader's copy of this source. */
    protected void closeReader() throws Exception {}

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.BOUNDED;
    }

    @Override
    public SourceReader<T, NumberSequenceSplit> createReader(SourceReaderContext readerContext) throws Exception {
        openReader(readerContext);
        return new IndexedSourceReader<>(this, readerContext);
    }

    @Override
    public SplitEnumerator<NumberSequenceSplit, Collection<NumberSequenceSplit>> createEnumerator(
            SplitEnumeratorContext<NumberSequenceSplit> context) {
        return new StaticSplitEnumerator<>(context, splitRange(from, to, context.currentParallelism()));
    }

    @Override
    public SplitEnumerator<NumberSequenceSplit, Collection<NumberSequenceSplit>> restoreEnumerator(
            SplitEnumeratorContext<NumberSequenceSplit> context, Collection<NumberSequenceSplit> checkpoint) {
        return new StaticSplitEnumerator<>(context, checkpoint);
    }

    @Override
    public SimpleVersionedSerializer<NumberSequenceSplit> getSplitSerializer() {
        return new NumberSequenceSplitSerializer();
    }

    @Override
    public SimpleVersionedSerializer<Collection<NumberSequenceSplit>> getEnumeratorCheckpointSerializer() {
        return new SplitListSerializer<>(new NumberSequenceSplitSerializer());
    }

    /** Cuts {@code from..to} into {@code parts} contiguous splits whose sizes differ by at most one. */
    static List<NumberSequenceSplit> splitRange(long from, long to, int parts) {
        long total = to - from + 1;
        List<NumberSequenceSplit> splits = new ArrayList<>(parts);
        long start = from;
        for (int i = 0; i < parts; i++) {
            long size = total / parts + (i < total % parts ? 1 : 0);
            splits.add(new NumberSequenceSplit(String.valueOf(i), start, start + size - 1));
            start += size;
        }
        return splits;
    }
}
