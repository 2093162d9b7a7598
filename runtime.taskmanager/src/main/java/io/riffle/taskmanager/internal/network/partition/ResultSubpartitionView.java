package io.riffle.taskmanager.internal.network.partition;

/**
 * The one reader's handle on a subpartition. After getting the view, the reader polls once (buffers
 * may already be queued); afterwards its listener tells it when the queue goes from empty to
 * non-empty or the partition is released. Thread-safe.
 */
public final class ResultSubpartitionView {

    private final ResultSubpartition subpartition;
    private final BufferAvailabilityListener listener;

    ResultSubpartitionView(ResultSubpartition subpartition, BufferAvailabilityListener listener) {
        this.subpartition = subpartition;
        this.listener = listener;
    }

    /**
     * The next buffer (data or event) and whether more are queued, or null if none is queued. The
     * caller owns the buffer and recycles it.
     *
     * @throws PartitionReleasedException if the partition was released before the reader finished
     */
    public BufferAndAvailability getNextBuffer() throws PartitionReleasedException {
        return subpartition.poll();
    }

    /** Buffers queued for the reader right now: the backlog a remote reader announces to its consumer. */
    public int getNumberOfQueuedBuffers() {
        return subpartition.getNumberOfQueuedBuffers();
    }

    /** Ends reading: queued and later buffers are discarded. Idempotent. */
    public void releaseAllResources() {
        subpartition.releaseReader();
    }

    public boolean isReleased() {
        return subpartition.isReaderReleased();
    }

    BufferAvailabilityListener listener() {
        return listener;
    }

    @Override
    public String toString() {
        return "view of " + subpartition;
    }
}
