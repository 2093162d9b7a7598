package io.riffle.api.connector.source.lib;

import io.riffle.api.connector.source.ReaderOutput;
import io.riffle.api.connector.source.SourceReader;
import io.riffle.api.connector.source.SourceReaderContext;
import io.riffle.core.io.InputStatus;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;

/**
 * Reads number-sequence splits one after another, asking the enumerator for the next split when
 * it runs out. Emits a batch of records per {@link #pollNext} so the task's per-call overhead is
 * spread over many records.
 */
final class IndexedSourceReader<T> implements SourceReader<T, NumberSequenceSplit> {

    private static final int BATCH = 64;

    private final IndexedSource<T> source;
    private final SourceReaderContext context;
    private final Queue<NumberSequenceSplit> splits = new ArrayDeque<>();
    private CompletableFuture<Void> available = new CompletableFuture<>();
    private boolean noMoreSplits;
    private boolean splitRequested;
    private NumberSequenceSplit current;
    private long next;

    IndexedSourceReader(IndexedSource<T> source, SourceReaderContext context) {
        this.source = source;
        this.context = context;
    }

    @Override
    public void start() {
        requestSplit();
    }

    @Override
    public InputStatus pollNext(ReaderOutput<T> output) throws Exception {
        if (current == null && !nextSplit()) {
            return noMoreSplits ? InputStatus.END_OF_INPUT : InputStatus.NOTHING_AVAILABLE;
        }
        long end = Math.min(current.to(), next + BATCH - 1);
        for (long i = next; i <= end; i++) {
            output.collect(source.produce(i));
        }
        next = end + 1;
        if (next > current.to()) {
            current = null;
            if (splits.isEmpty() && !noMoreSplits) {
                requestSplit();
            }
        }
        return InputStatus.MORE_AVAILABLE;
    }

    private boolean nextSplit() {
        NumberSequenceSplit split = splits.poll();
        if (split == null) {
            return false;
        }
        current = split;
        next = split.from();
        return true;
    }

    private void requestSplit() {
        if (!splitRequested) {
            splitRequested = true;
            context.sendSplitRequest();
        }
    }

    @Override
    public CompletableFuture<Void> isAvailable() {
        return available;
    }

    @Override
    public void addSplits(List<NumberSequenceSplit> newSplits) {
        splits.addAll(newSplits);
        splitRequested = false;
        signal();
    }

    @Override
    public void notifyNoMoreSplits() {
        noMoreSplits = true;
        signal();
    }

    private void signal() {
        CompletableFuture<Void> waiting = available;
        available = new CompletableFuture<>();
        waiting.complete(null);
    }

    @Override
    public List<NumberSequenceSplit> snapshotState(long checkpointId) {
        List<NumberSequenceSplit> state = new ArrayList<>();
        if (current != null && next <= current.to()) {
            state.add(new NumberSequenceSplit(current.splitId(), next, current.to()));
        }
        state.addAll(splits);
        return state;
    }

    @Override
    public void close() throws Exception {
        source.closeReader();
    }
}
