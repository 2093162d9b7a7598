package io.riffle.api.connector.source;

import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/** What an enumerator may do: see readers, assign splits, and tell readers no more will come. */
@ProviderType
public interface SplitEnumeratorContext<SplitT extends SourceSplit> {

    int currentParallelism();

    /** The subtask indexes of the readers that have started and not failed. */
    Set<Integer> registeredReaders();

    void assignSplit(SplitT split, int subtask);

    void signalNoMoreSplits(int subtask);
}
