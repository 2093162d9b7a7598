package io.riffle.taskmanager.internal.network.partition;

import io.riffle.runtime.cluster.ResultPartitionId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The result partitions that can be read in this JVM, by id. One per TaskManager; in a local
 * cluster one instance is shared by all TaskManagers of the JVM, so it is a plain object passed to
 * whoever needs it.
 *
 * <p>Consumers may be deployed before their producers: a view requested for a partition that is not
 * registered yet is handed out when the partition registers (no polling). Requests for partitions
 * that never register are dropped when the requester cancels its future. The maps hold only what
 * tasks deployed here produce or wait for, and shrink when partitions are released.
 *
 * <p>Thread-safe. Views are created and futures completed outside the lock, so completion callbacks
 * may call back in.
 */
public final class ResultPartitionManager {

    private record PendingView(int subpartitionIndex, BufferAvailabilityListener listener,
            CompletableFuture<ResultSubpartitionView> future) {}

    private final Object lock = new Object();
    private final Map<ResultPartitionId, ResultPartition> partitions = new HashMap<>();
    private final Map<ResultPartitionId, List<PendingView>> pendingViews = new HashMap<>();

    /** Makes {@code partition} readable and hands out the views already asked for. */
    public void registerResultPartition(ResultPartition partition) {
        ResultPartitionId id = partition.getId();
        partition.onAllReadersReleased(() -> onFullyConsumed(partition));
        List<PendingView> waiting;
        synchronized (lock) {
            if (partitions.putIfAbsent(id, partition) != null) {
                throw new IllegalStateException(partition + " is already registered");
            }
            waiting = pendingViews.remove(id);
        }
        if (waiting != null) {
            for (PendingView request : waiting) {
                handOut(partition, request);
            }
        }
    }

    /**
     * The view of subpartition {@code subpartitionIndex} of partition {@code id}: completed at once
     * if it is registered, else when it registers. Fails if the subpartition already has a reader,
     * the index is out of range, or the partition is released. The reader polls the view once
     * after getting it; from then on {@code listener} tells it when data arrives. Cancel the future
     * to stop waiting.
     */
    public CompletableFuture<ResultSubpartitionView> createSubpartitionView(ResultPartitionId id, int subpartitionIndex,
            BufferAvailabilityListener listener) {
        CompletableFuture<ResultSubpartitionView> future = new CompletableFuture<>();
        PendingView request = new PendingView(subpartitionIndex, listener, future);
        ResultPartition partition;
        synchronized (lock) {
            partition = partitions.get(id);
            if (partition == null) {
                pendingViews.computeIfAbsent(id, k -> new ArrayList<>()).add(request);
            }
        }
        if (partition == null) {
            future.whenComplete((view, failure) -> {
                if (future.isCancelled()) {
                    forgetPending(id, request);
                }
            });
        } else {
            handOut(partition, request);
        }
        return future;
    }

    private void handOut(ResultPartition partition, PendingView request) {
        ResultSubpartitionView view;
        try {
            view = partition.createSubpartitionView(request.subpartitionIndex(), request.listener());
        } catch (Exception e) {
            request.future().completeExceptionally(e);
            return;
        }
        if (!request.future().complete(view)) {
            // The reader gave up (cancelled) meanwhile: nobody will read this view.
            view.releaseAllResources();
        }
    }

    private void forgetPending(ResultPartitionId id, PendingView request) {
        synchronized (lock) {
            List<PendingView> waiting = pendingViews.get(id);
            if (waiting != null && waiting.remove(request) && waiting.isEmpty()) {
                pendingViews.remove(id);
            }
        }
    }

    /**
     * Releases partition {@code id}: its readers wake and fail with {@code cause}, its producer's
     * next buffer request fails, and views still waiting for it fail. Unknown ids are ignored.
     */
    public void releasePartition(ResultPartitionId id, Throwable cause) {
        ResultPartition partition;
        List<PendingView> waiting;
        synchronized (lock) {
            partition = partitions.remove(id);
            waiting = pendingViews.remove(id);
        }
        if (waiting != null) {
            for (PendingView request : waiting) {
                request.future().completeExceptionally(
                        new PartitionReleasedException("result partition " + id + " was released before it was registered", cause));
            }
        }
        if (partition != null) {
            partition.release(cause);
        }
    }

    /** Releases every partition and fails every waiting view request, e.g. when the TaskManager stops. */
    public void releaseAll(Throwable cause) {
        List<ResultPartitionId> ids;
        synchronized (lock) {
            ids = new ArrayList<>(partitions.keySet());
            ids.addAll(pendingViews.keySet());
        }
        for (ResultPartitionId id : ids) {
            releasePartition(id, cause);
        }
    }

    private void onFullyConsumed(ResultPartition partition) {
        synchronized (lock) {
            partitions.remove(partition.getId(), partition);
        }
        partition.release(null);
    }

    public boolean isRegistered(ResultPartitionId id) {
        synchronized (lock) {
            return partitions.containsKey(id);
        }
    }

    /** How many view requests wait for partitions not registered yet. */
    public int getNumberOfPendingViewRequests() {
        synchronized (lock) {
            return pendingViews.values().stream().mapToInt(List::size).sum();
        }
    }
}
