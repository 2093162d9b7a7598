package io.riffle.api.connector.source;

import org.osgi.annotation.versioning.ProviderType;

/** Where a {@link SourceReader} emits records. */
@ProviderType
public interface ReaderOutput<T> {

    void collect(T record);

    /** Emits a record with an event timestamp in milliseconds. */
    void collect(T record, long timestamp);
}
