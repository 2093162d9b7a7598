package io.riffle.streaming.api.windowing.assigners;

import io.riffle.streaming.api.windowing.windows.Window;
import java.util.Collection;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An assigner whose windows can grow into each other, such as session windows: after each element
 * the runtime asks it which of a key's windows now form one, and merges their contents, trigger
 * state and timers into the result.
 */
@ConsumerType
public abstract class MergingWindowAssigner<T, W extends Window> extends WindowAssigner<T, W> {

    private static final long serialVersionUID = 1L;

    /**
     * Reports, through {@code callback}, each group of {@code windows} that now form one window.
     * Windows in no group stay as they are.
     */
    public abstract void mergeWindows(Collection<W> windows, MergeCallback<W> callback);

    /** Receives the merges an assigner decides on. */
    public interface MergeCallback<W> {

        /** {@code toBeMerged} (two or more windows) become {@code mergeResult}. */
        void merge(Collection<W> toBeMerged, W mergeResult);
    }
}
