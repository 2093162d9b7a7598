package io.riffle.api.common.eventtime;

import java.io.Serializable;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * How a source stamps records with event time and emits watermarks. Riffle has no event-time
 * processing yet: only {@link #noWatermarks()} is available, and its records carry no timestamps.
 */
@ConsumerType
public interface WatermarkStrategy<T> extends Serializable {

    /** Whether the strategy emits watermarks. */
    boolean emitsWatermarks();

    /** A strategy for processing-time jobs: no timestamps, no watermarks. */
    static <T> WatermarkStrategy<T> noWatermarks() {
        return new NoWatermarksStrategy<>();
    }
}
