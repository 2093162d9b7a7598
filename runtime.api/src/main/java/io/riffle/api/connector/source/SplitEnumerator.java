package io.riffle.api.connector.source;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Discovers splits and hands them to readers. Runs on the JobMaster's main thread: calls never
 * overlap, and must not block.
 */
@ConsumerType
public interface SplitEnumerator<SplitT extends SourceSplit, CheckpointT> extends AutoCloseable {

    void start();

    /** Reader {@code subtaskId} asked for a split. */
    void handleSplitRequest(int subtaskId, String requesterHostname);

    /** Splits given to a reader that failed before a checkpoint covered them: give them out again. */
    void addSplitsBack(List<SplitT> splits, int subtaskId);

    /** Reader {@code subtaskId} started. */
    void addReader(int subtaskId);

    CheckpointT snapshotState(long checkpointId) throws Exception;
}
