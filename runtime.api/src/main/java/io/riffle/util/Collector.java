package io.riffle.util;

import org.osgi.annotation.versioning.ProviderType;

/** Where a function emits its output elements. */
@ProviderType
public interface Collector<T> {

    void collect(T record);

    /** Called by the runtime; user functions need not call it. */
    void close();
}
