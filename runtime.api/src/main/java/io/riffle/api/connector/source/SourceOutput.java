package io.riffle.api.connector.source;

import io.riffle.api.common.eventtime.WatermarkOutput;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a {@link SourceReader} emits the records of one split (or of the whole reader, as
 * {@link ReaderOutput}). Records get their timestamps from the source's watermark strategy; a reader
 * may also emit watermarks itself.
 */
@ProviderType
public interface SourceOutput<T> extends WatermarkOutput {

    void collect(T record);

    /** Emits a record with an event timestamp in milliseconds. */
    void collect(T record, long timestamp);
}
