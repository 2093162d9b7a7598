package io.riffle.taskmanager.internal.network.gate;

import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.taskmanager.internal.network.partition.BufferAndAvailability;
import io.riffle.taskmanager.internal.network.partition.BufferAvailabilityListener;
import io.riffle.taskmanager.internal.network.partition.ResultPartitionManager;
import io.riffle.taskmanager.internal.network.partition.ResultSubpartitionView;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads a subpartition produced in the same JVM through its {@link ResultSubpartitionView}: the
 * producer's buffers are handed over in memory, and recycling them after deserialization is what
 * lets a backpressured producer continue.
 *
 * <p>The view may arrive after the channel was started (the producer registers later), on the
 * thread that registers the partition. Once the view is set, the channel notifies the gate once
 * unconditionally: buffers queued before the view existed produce no notification of their own.
 */
public final class LocalInputChannel extends InputChannel implements BufferAvailabilityListener {

    private final ResultPartitionManager partitionManager;
    private final ResultPartitionId partitionId;
    private final int subpartitionIndex;

    private CompletableFuture<ResultSubpartitionView> viewFuture;
    private volatile ResultSubpartitionView view;
    private volatile Throwable failure;
    private volatile boolean released;

    public LocalInputChannel(SingleInputGate gate, int channelIndex, ResultPartitionManager partitionManager,
            ResultPartitionId partitionId, int subpartitionIndex) {
        super(gate, channelIndex);
        this.partitionManager = partitionManager;
        this.partitionId = partitionId;
        this.subpartitionIndex = subpartitionIndex;
    }

    @Override
    protected void requestSubpartition() {
        if (viewFuture != null) {
            throw new IllegalStateException(this + " was already started");
        }
        viewFuture = partitionManager.createSubpartitionView(partitionId, subpartitionIndex, this);
        viewFuture.whenComplete((readyView, error) -> {
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                if (!(cause instanceof CancellationException)) {
                    failure = cause;
                    notifyChannelNonEmpty();
                }
                return;
            }
            view = readyView;
            if (released) {
                readyView.releaseAllResources();
            } else {
                notifyChannelNonEmpty();
            }
        });
    }

    @Override
    public void notifyDataAvailable() {
        notifyChannelNonEmpty();
    }

    @Override
    protected BufferAndAvailability pollNext() throws IOException {
        Throwable error = failure;
        if (error != null) {
            throw new IOException(this + " could not get its subpartition: " + error.getMessage(), error);
        }
        ResultSubpartitionView current = view;
        if (current == null || released) {
            return null;
        }
        try {
            return current.getNextBuffer();
        } catch (IOException e) {
            throw new IOException(this + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    protected void releaseAllResources() {
        released = true;
        if (viewFuture != null) {
            viewFuture.cancel(false);
        }
        ResultSubpartitionView current = view;
        if (current != null) {
            current.releaseAllResources();
        }
    }

    @Override
    public String toString() {
        return "channel " + channelIndex + " (subpartition " + subpartitionIndex + " of result partition " + partitionId.dataSetId()
                + "#" + partitionId.partitionIndex() + ") of " + gate.getOwner();
    }
}
