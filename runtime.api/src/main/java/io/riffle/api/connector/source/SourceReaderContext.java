package io.riffle.api.connector.source;

import org.osgi.annotation.versioning.ProviderType;

/** What a reader knows about its subtask, and its channel to the enumerator. */
@ProviderType
public interface SourceReaderContext {

    int getIndexOfSubtask();

    int currentParallelism();

    /** Asks the enumerator for a split; it answers with {@code addSplits} or {@code notifyNoMoreSplits}. */
    void sendSplitRequest();
}
