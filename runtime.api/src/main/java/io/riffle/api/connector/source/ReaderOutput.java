package io.riffle.api.connector.source;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a {@link SourceReader} emits records. A reader that reads several splits at once emits each
 * split's records through {@link #createOutputForSplit}: each split then gets its own watermark
 * generator, and the reader's watermark is the smallest over its active splits (FLIP-27).
 */
@ProviderType
public interface ReaderOutput<T> extends SourceOutput<T> {

    /** The output for split {@code splitId}, created on the first call and the same one afterwards. */
    SourceOutput<T> createOutputForSplit(String splitId);

    /** The split is done: its watermark no longer holds back the reader's. */
    void releaseOutputForSplit(String splitId);
}
