package io.riffle.taskmanager.internal.network.buffer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * All network memory of one TaskManager: {@code totalSegments} byte arrays of {@code segmentSize}
 * bytes, carved into {@link LocalBufferPool}s of fixed size, one per result partition (and per
 * input gate once remote channels need one).
 *
 * <p>A local pool <em>reserves</em> its buffers when it is created, so creating pools fails fast
 * when the TaskManager's network memory is over-committed, and a pool never waits for another
 * pool. Segments are allocated lazily, on a pool's first use of them, so an idle TaskManager (or a
 * local cluster with several TaskManagers in one JVM) does not hold its whole network memory.
 * Segments of destroyed pools are kept here for reuse, bounded by {@code totalSegments}.
 *
 * <p>Thread-safe. Lock order: a local pool's lock, then this one's; this pool never calls a local pool.
 */
public final class NetworkBufferPool {

    private final int totalSegments;
    private final int segmentSize;

    private final Object lock = new Object();
    /** Segments returned by destroyed pools; bounded by {@code totalSegments}. Guarded by {@code lock}. */
    private final ArrayDeque<byte[]> freeSegments = new ArrayDeque<>();
    /** Segments ever allocated (in pools or free). Guarded by {@code lock}. */
    private int allocatedSegments;
    /** Sum of the sizes of live pools, plus segments still out from destroyed pools. Guarded by {@code lock}. */
    private int reservedSegments;
    private boolean destroyed;

    public NetworkBufferPool(int totalSegments, int segmentSize) {
        if (totalSegments < 1) {
            throw new IllegalArgumentException("network memory must hold at least one buffer, got " + totalSegments);
        }
        if (segmentSize < 64) {
            throw new IllegalArgumentException("network buffers must be at least 64 bytes, got " + segmentSize);
        }
        this.totalSegments = totalSegments;
        this.segmentSize = segmentSize;
    }

    /**
     * Reserves {@code numBuffers} buffers for a new pool.
     *
     * @param owner names the pool in errors and logs, e.g. {@code "result partition 3f2a…#1"}
     * @throws IllegalStateException if fewer than {@code numBuffers} buffers are unreserved
     */
    public LocalBufferPool createBufferPool(int numBuffers, String owner) {
        if (numBuffers < 1) {
            throw new IllegalArgumentException("a buffer pool needs at least one buffer, " + owner + " asked for " + numBuffers);
        }
        synchronized (lock) {
            if (destroyed) {
                throw new IllegalStateException("network buffer pool is destroyed: cannot create a pool for " + owner);
            }
            int unreserved = totalSegments - reservedSegments;
            if (numBuffers > unreserved) {
                throw new IllegalStateException("not enough network buffers for " + owner + ": needs " + numBuffers
                        + ", " + unreserved + " of " + totalSegments + " (" + segmentSize + " bytes each) are free;"
                        + " raise taskmanager.memory.network.size or lower the parallelism");
            }
            reservedSegments += numBuffers;
        }
        return new LocalBufferPool(this, numBuffers, owner);
    }

    /**
     * Reserves and takes {@code numSegments} segments for one owner that manages them itself (a
     * remote input channel's exclusive buffers); give them back with {@link #recycleExclusiveSegments}.
     *
     * @throws IllegalStateException if fewer than {@code numSegments} buffers are unreserved
     */
    public List<byte[]> requestExclusiveSegments(int numSegments, String owner) {
        if (numSegments < 1) {
            throw new IllegalArgumentException(owner + " asked for " + numSegments + " exclusive buffers; at least one is needed");
        }
        synchronized (lock) {
            if (destroyed) {
                throw new IllegalStateException("network buffer pool is destroyed: no exclusive buffers for " + owner);
            }
            int unreserved = totalSegments - reservedSegments;
            if (numSegments > unreserved) {
                throw new IllegalStateException("not enough network buffers for " + owner + ": needs " + numSegments
                        + " exclusive ones, " + unreserved + " of " + totalSegments + " (" + segmentSize + " bytes each) are free;"
                        + " raise taskmanager.memory.network.size or lower the parallelism");
            }
            reservedSegments += numSegments;
        }
        List<byte[]> segments = new ArrayList<>(numSegments);
        for (int i = 0; i < numSegments; i++) {
            segments.add(takeReservedSegment());
        }
        return segments;
    }

    /** Takes back segments of {@link #requestExclusiveSegments} and ends their reservation. */
    public void recycleExclusiveSegments(List<byte[]> segments) {
        returnSegments(segments, segments.size());
    }

    /** A segment for a pool that holds a reservation for it: never fails, never waits. */
    byte[] takeReservedSegment() {
        synchronized (lock) {
            byte[] segment = freeSegments.poll();
            if (segment != null) {
                return segment;
            }
            // Every segment in a pool is covered by that pool's reservation and the caller is below
            // its own, so allocated < reserved <= total here.
            allocatedSegments++;
        }
        return new byte[segmentSize];
    }

    /** Takes back segments of a destroyed pool and ends the reservation of {@code unreserve} buffers. */
    void returnSegments(Iterable<byte[]> segments, int unreserve) {
        synchronized (lock) {
            reservedSegments -= unreserve;
            for (byte[] segment : segments) {
                if (destroyed) {
                    allocatedSegments--;
                } else {
                    freeSegments.add(segment);
                }
            }
        }
    }

    public int getSegmentSize() {
        return segmentSize;
    }

    public int getTotalNumberOfSegments() {
        return totalSegments;
    }

    /** Buffers no pool has reserved: what the next pools can get. */
    public int getNumberOfUnreservedSegments() {
        synchronized (lock) {
            return totalSegments - reservedSegments;
        }
    }

    /** Segments allocated so far (lazily), at most {@link #getTotalNumberOfSegments()}. */
    public int getNumberOfAllocatedSegments() {
        synchronized (lock) {
            return allocatedSegments;
        }
    }

    /** Refuses new pools and drops free segments; buffers still in pools stay valid until recycled. */
    public void destroy() {
        synchronized (lock) {
            destroyed = true;
            allocatedSegments -= freeSegments.size();
            freeSegments.clear();
        }
    }
}
