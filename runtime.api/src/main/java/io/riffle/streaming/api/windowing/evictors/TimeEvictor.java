package io.riffle.streaming.api.windowing.evictors;

import io.riffle.streaming.api.windowing.windows.Window;
import io.riffle.streaming.runtime.operators.windowing.TimestampedValue;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;

/**
 * Keeps the elements of the last {@code windowSize} of event time in a window: those with a
 * timestamp above the window's latest element timestamp minus the size. Elements without
 * timestamps are never evicted.
 */
public final class TimeEvictor<W extends Window> implements Evictor<Object, W> {

    private static final long serialVersionUID = 1L;

    private final long windowSize;
    private final boolean doEvictAfter;

    private TimeEvictor(long windowSize, boolean doEvictAfter) {
        this.windowSize = windowSize;
        this.doEvictAfter = doEvictAfter;
    }

    public static <W extends Window> TimeEvictor<W> of(Duration windowSize) {
        return of(windowSize, false);
    }

    public static <W extends Window> TimeEvictor<W> of(Duration windowSize, boolean doEvictAfter) {
        long millis = Objects.requireNonNull(windowSize, "windowSize").toMillis();
        if (millis < 0) {
            throw new IllegalArgumentException("a time evictor needs a size of at least 0, got " + windowSize);
        }
        return new TimeEvictor<>(millis, doEvictAfter);
    }

    @Override
    public void evictBefore(Iterable<TimestampedValue<Object>> elements, int size, W window, EvictorContext ctx) {
        if (!doEvictAfter) {
            evict(elements);
        }
    }

    @Override
    public void evictAfter(Iterable<TimestampedValue<Object>> elements, int size, W window, EvictorContext ctx) {
        if (doEvictAfter) {
            evict(elements);
        }
    }

    private void evict(Iterable<TimestampedValue<Object>> elements) {
        long latest = Long.MIN_VALUE;
        boolean anyTimestamp = false;
        for (TimestampedValue<Object> element : elements) {
            if (element.hasTimestamp()) {
                anyTimestamp = true;
                latest = Math.max(latest, element.getTimestamp());
            }
        }
        if (!anyTimestamp) {
            return;
        }
        long evictCutoff = latest - windowSize;
        for (Iterator<TimestampedValue<Object>> iterator = elements.iterator(); iterator.hasNext();) {
            TimestampedValue<Object> element = iterator.next();
            if (element.hasTimestamp() && element.getTimestamp() <= evictCutoff) {
                iterator.remove();
            }
        }
    }
}
