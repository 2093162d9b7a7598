package io.riffle.api.connector.source.lib;

import io.riffle.api.connector.source.ReaderOutput;
import io.riffle.api.connector.source.SourceReader;
import io.riffle.api.connector.source.SourceReaderContext;
import io.riffle.api.connector.source.SourceSplit;
import io.riffle.core.io.InputStatus;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;

/**
 * A reader that reads its splits one after another and asks the enumerator for the next split when
 * it has none left. Subclasses read one split: {@link #startSplit}, then {@link #emitBatch} until it
 * reports the split done. All calls come from the task thread.
 */
public abstract class SplitRequestingSourceReader<T, SplitT extends SourceSplit> implements SourceReader<T, SplitT> {

    private final SourceReaderContext context;
    private final Queue<SplitT> splits = new ArrayDeque<>();
    private CompletableFuture<Void> available = new CompletableFuture<>();
    private boolean reading;
    private boolean requested;
    private boolean noMoreSplits;

    protected SplitRequestingSourceReader(SourceReaderContext context) {
        this.context = context;
    }

    /** Begins reading {@code split}. */
    protected abstract void startSplit(SplitT split) throws Exception;

    /**
     * Emits the next few records of the current split.
     *
     * @return false once the current split is done
     */
    protected abstract boolean emitBatch(ReaderOutput<T> output) throws Exception;

    /** The unread rest of the current split, or null if there is none. */
    protected abstract SplitT remainderOfCurrentSplit();

    @Override
    public void start() {
        requestSplit();
    }

    @Override
    public final InputStatus pollNext(ReaderOutput<T> output) throws Exception {
        if (!reading) {
            SplitT next = splits.poll();
            if (next == null) {
                return noMoreSplits ? InputStatus.END_OF_INPUT : InputStatus.NOTHING_AVAILABLE;
            }
            startSplit(next);
            reading = true;
        }
        if (!emitBatch(output)) {
            reading = false;
            if (splits.isEmpty() && !noMoreSplits) {
                requestSplit();
            }
        }
        return InputStatus.MORE_AVAILABLE;
    }

    private void requestSplit() {
        if (!requested) {
            requested = true;
            context.sendSplitRequest();
        }
    }

    @Override
    public CompletableFuture<Void> isAvailable() {
        return available;
    }

    @Override
    public void addSplits(List<SplitT> newSplits) {
        splits.addAll(newSplits);
        requested = false;
        signalAvailable();
    }

    @Override
    public void notifyNoMoreSplits() {
        noMoreSplits = true;
        signalAvailable();
    }

    private void signalAvailable() {
        CompletableFuture<Void> waiting = available;
        available = new CompletableFuture<>();
        waiting.complete(null);
    }

    @Override
    public List<SplitT> snapshotState(long checkpointId) {
        List<SplitT> state = new ArrayList<>();
        SplitT remainder = reading ? remainderOfCurrentSplit() : null;
        if (remainder != null) {
            state.add(remainder);
        }
        state.addAll(splits);
        return state;
    }
}
