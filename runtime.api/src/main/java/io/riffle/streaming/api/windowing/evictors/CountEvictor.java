package io.riffle.streaming.api.windowing.evictors;

import io.riffle.streaming.api.windowing.windows.Window;
import io.riffle.streaming.runtime.operators.windowing.TimestampedValue;
import java.util.Iterator;

/** Keeps at most {@code maxCount} elements of a window: the latest ones, removing from the start. */
public final class CountEvictor<W extends Window> implements Evictor<Object, W> {

    private static final long serialVersionUID = 1L;

    private final long maxCount;
    private final boolean doEvictAfter;

    private CountEvictor(long maxCount, boolean doEvictAfter) {
        if (maxCount < 0) {
            throw new IllegalArgumentException("a count evictor needs a count of at least 0, got " + maxCount);
        }
        this.maxCount = maxCount;
        this.doEvictAfter = doEvictAfter;
    }

    /** Evicts before the window function runs. */
    public static <W extends Window> CountEvictor<W> of(long maxCount) {
        return new CountEvictor<>(maxCount, false);
    }

    /** Evicts after the window function ran if {@code doEvictAfter}, else before. */
    public static <W extends Window> CountEvictor<W> of(long maxCount, boolean doEvictAfter) {
        return new CountEvictor<>(maxCount, doEvictAfter);
    }

    @Override
    public void evictBefore(Iterable<TimestampedValue<Object>> elements, int size, W window, EvictorContext ctx) {
        if (!doEvictAfter) {
            evict(elements, size);
        }
    }

    @Override
    public void evictAfter(Iterable<TimestampedValue<Object>> elements, int size, W window, EvictorContext ctx) {
        if (doEvictAfter) {
            evict(elements, size);
        }
    }

    private void evict(Iterable<TimestampedValue<Object>> elements, int size) {
        long toEvict = size - maxCount;
        Iterator<TimestampedValue<Object>> iterator = elements.iterator();
        for (long evicted = 0; evicted < toEvict && iterator.hasNext(); evicted++) {
            iterator.next();
            iterator.remove();
        }
    }
}
