package io.riffle.taskmanager.internal.network.netty;

import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.taskmanager.internal.network.partition.ResultSubpartitionView;
import java.util.concurrent.CompletableFuture;

/**
 * The server's side of one remote input channel: the subpartition view it reads, the credit the
 * consumer granted and the next sequence number. Confined to the connection's event loop, except
 * that the view arrives through a future and the producer's notifications are handed to the loop.
 */
final class SubpartitionReader {

    final InputChannelId receiverId;
    final ResultPartitionId partitionId;
    final int subpartitionIndex;

    CompletableFuture<ResultSubpartitionView> viewFuture;
    ResultSubpartitionView view;
    int credit;
    int sequenceNumber;
    /** Whether this reader waits in the connection's queue of readers to serve. */
    boolean queued;
    boolean released;

    SubpartitionReader(InputChannelId receiverId, ResultPartitionId partitionId, int subpartitionIndex, int credit) {
        this.receiverId = receiverId;
        this.partitionId = partitionId;
        this.subpartitionIndex = subpartitionIndex;
        this.credit = credit;
    }

    /** Stops reading: the view is released, or, if it has not arrived, it will be released on arrival. */
    void release() {
        released = true;
        if (viewFuture != null) {
            viewFuture.cancel(false);
        }
        if (view != null) {
            view.releaseAllResources();
        }
    }

    @Override
    public String toString() {
        return "reader of subpartition " + subpartitionIndex + " of result partition " + partitionId.dataSetId() + "#"
                + partitionId.partitionIndex() + " for channel " + receiverId;
    }
}
