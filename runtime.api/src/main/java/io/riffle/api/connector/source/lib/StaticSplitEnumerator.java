package io.riffle.api.connector.source.lib;

import io.riffle.api.connector.source.SourceSplit;
import io.riffle.api.connector.source.SplitEnumerator;
import io.riffle.api.connector.source.SplitEnumeratorContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Queue;

/**
 * Hands out a fixed set of splits, one per request, and tells a reader there are no more when the
 * set is used up. Its checkpoint is the splits not yet handed out.
 */
public class StaticSplitEnumerator<SplitT extends SourceSplit> implements SplitEnumerator<SplitT, Collection<SplitT>> {

    private final SplitEnumeratorContext<SplitT> context;
    private final Queue<SplitT> remaining;

    public StaticSplitEnumerator(SplitEnumeratorContext<SplitT> context, Collection<SplitT> splits) {
        this.context = context;
        this.remaining = new ArrayDeque<>(splits);
    }

    @Override
    public void start() {}

    @Override
    public void handleSplitRequest(int subtaskId, String requesterHostname) {
        SplitT next = remaining.poll();
        if (next != null) {
            context.assignSplit(next, subtaskId);
        } else {
            context.signalNoMoreSplits(subtaskId);
        }
    }

    @Override
    public void addSplitsBack(List<SplitT> splits, int subtaskId) {
        remaining.addAll(splits);
    }

    @Override
    public void addReader(int subtaskId) {}

    @Override
    public Collection<SplitT> snapshotState(long checkpointId) {
        return new ArrayList<>(remaining);
    }

    @Override
    public void close() {}
}
