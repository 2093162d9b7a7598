package io.riffle.streaming.api.windowing.evictors;

import io.riffle.streaming.api.windowing.windows.Window;
import io.riffle.streaming.runtime.operators.windowing.TimestampedValue;
import java.io.Serializable;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Removes elements from a window when it fires, before and/or after the window function runs:
 * remove them through the iterator of {@code elements}. A window with an evictor keeps every
 * element (a reduce or aggregate function then runs over the remaining elements at firing time).
 */
@ConsumerType
public interface Evictor<T, W extends Window> extends Serializable {

    void evictBefore(Iterable<TimestampedValue<T>> elements, int size, W window, EvictorContext evictorContext);

    void evictAfter(Iterable<TimestampedValue<T>> elements, int size, W window, EvictorContext evictorContext);

    /** What an evictor may ask. */
    interface EvictorContext {

        long getCurrentProcessingTime();

        long getCurrentWatermark();
    }
}
