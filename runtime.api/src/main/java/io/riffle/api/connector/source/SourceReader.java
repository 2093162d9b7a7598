package io.riffle.api.connector.source;

import io.riffle.core.io.InputStatus;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads the splits assigned to one parallel subtask. All methods are called from the task's own
 * thread; {@link #pollNext} must not block.
 */
@ConsumerType
public interface SourceReader<T, SplitT extends SourceSplit> extends AutoCloseable {

    void start();

    /** Emits what is available (a few records at most) and says whether more is. */
    InputStatus pollNext(ReaderOutput<T> output) throws Exception;

    /** Completes when {@link #pollNext} would have data again after it returned NOTHING_AVAILABLE. */
    CompletableFuture<Void> isAvailable();

    void addSplits(List<SplitT> splits);

    /** No further splits will arrive: once the current ones are read, the reader ends. */
    void notifyNoMoreSplits();

    /** The splits not yet fully read, for a checkpoint. */
    List<SplitT> snapshotState(long checkpointId);
}
