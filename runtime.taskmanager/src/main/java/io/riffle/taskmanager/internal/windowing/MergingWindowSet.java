package io.riffle.taskmanager.internal.windowing;

import io.riffle.api.common.state.MapState;
import io.riffle.streaming.api.windowing.assigners.MergingWindowAssigner;
import io.riffle.streaming.api.windowing.windows.Window;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The windows of the current key under a merging assigner, each mapped to its state window: the
 * namespace its contents are kept under. When windows merge, the result takes over the state window
 * of one of them and the others' contents are merged into it, so a merge copies nothing that need
 * not move. The mapping is keyed state of the current key ({@code MapState} window -> state
 * window), so it is partitioned and checkpointed like the contents.
 */
final class MergingWindowSet<W extends Window> {

    private final MergingWindowAssigner<Object, W> assigner;
    private final MapState<W, W> mapping;

    MergingWindowSet(MergingWindowAssigner<Object, W> assigner, MapState<W, W> mapping) {
        this.assigner = assigner;
        this.mapping = mapping;
    }

    /** The state window of {@code window}, or {@code null} if the current key has no such window. */
    W stateWindow(W window) throws Exception {
        return mapping.get(window);
    }

    /** Forgets {@code window} once its state is cleared. */
    void retire(W window) throws Exception {
        mapping.remove(window);
    }

    /**
     * Adds {@code newWindow}, merging it with the current key's windows as the assigner decides, and
     * reports each merge to {@code onMerge} before the next. Returns the window {@code newWindow}
     * ended up in: itself, or the result of a merge that took it in.
     */
    W addWindow(W newWindow, MergeFunction<W> onMerge) throws Exception {
        List<W> windows = new ArrayList<>();
        for (W window : mapping.keys()) {
            windows.add(window);
        }
        windows.add(newWindow);
        List<Merge<W>> merges = new ArrayList<>();
        assigner.mergeWindows(windows, (toBeMerged, mergeResult) -> merges.add(new Merge<>(new ArrayList<>(toBeMerged), mergeResult)));

        W resultWindow = newWindow;
        boolean newWindowMerged = false;
        for (Merge<W> merge : merges) {
            List<W> merged = merge.windows();
            if (merged.remove(newWindow)) {
                newWindowMerged = true;
                resultWindow = merge.result();
            }
            if (merged.isEmpty()) {
                continue;
            }
            // the result keeps the state window of one merged window; the others' state moves into it
            W stateWindow = mapping.get(merged.get(0));
            List<W> mergedStateWindows = new ArrayList<>(merged.size());
            for (W window : merged) {
                W removed = mapping.get(window);
                mapping.remove(window);
                if (removed != null && !removed.equals(stateWindow)) {
                    mergedStateWindows.add(removed);
                }
            }
            mapping.put(merge.result(), stateWindow);
            // a merge of one window into itself (the new window fell inside it) changes nothing
            if (!(merged.size() == 1 && merged.get(0).equals(merge.result()))) {
                onMerge.merge(merge.result(), merged, stateWindow, mergedStateWindows);
            }
        }
        if (!newWindowMerged) {
            mapping.put(newWindow, newWindow);
        }
        return resultWindow;
    }

    /** What the window operator does when windows merge. */
    @FunctionalInterface
    interface MergeFunction<W> {

        /**
         * {@code mergedWindows} became {@code mergeResult}, whose state window is {@code stateWindow};
         * the contents under {@code mergedStateWindows} must move into it.
         */
        void merge(W mergeResult, Collection<W> mergedWindows, W stateWindow, Collection<W> mergedStateWindows) throws Exception;
    }

    private record Merge<W>(List<W> windows, W result) {}
}
