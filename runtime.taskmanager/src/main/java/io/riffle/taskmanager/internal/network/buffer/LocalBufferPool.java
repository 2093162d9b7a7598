package io.riffle.taskmanager.internal.network.buffer;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed number of buffers for one result partition, taken lazily from the
 * {@link NetworkBufferPool}'s reservation.
 *
 * <p>When all buffers are in use, {@link #requestBufferBlocking()} parks the producing task until a
 * consumer recycles one: this wait is the backpressure that reaches the sources. It wakes with
 * {@link BufferPoolDestroyedException} when the pool is destroyed, and with
 * {@link InterruptedException} when the task thread is interrupted.
 *
 * <p>Buffers may be recycled from any thread. Buffer objects are reused, so requesting a buffer
 * allocates nothing once the pool is warm. After {@link #destroy()}, recycled buffers go straight
 * back to the network pool.
 */
public final class LocalBufferPool implements BufferRecycler {

    private final NetworkBufferPool networkPool;
    private final int numBuffers;
    private final String owner;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition bufferAvailable = lock.newCondition();
    /** Recycled buffers ready for reuse; bounded by {@code numBuffers}. Guarded by {@code lock}. */
    private final ArrayDeque<Buffer> available = new ArrayDeque<>();
    /** Buffers created from reserved segments and not yet returned to the network pool. Guarded by {@code lock}. */
    private int numCreated;
    private int numWaiters;
    private boolean destroyed;

    LocalBufferPool(NetworkBufferPool networkPool, int numBuffers, String owner) {
        this.networkPool = networkPool;
        this.numBuffers = numBuffers;
        this.owner = owner;
    }

    /** A buffer, or null if all are in use. */
    public Buffer requestBuffer() {
        lock.lock();
        try {
            if (destroyed) {
                throw new BufferPoolDestroyedException(owner);
            }
            return takeLocked();
        } finally {
            lock.unlock();
        }
    }

    /**
     * A buffer, waiting (parked, not spinning) until one is recycled.
     *
     * @throws BufferPoolDestroyedException if the pool is or gets destroyed
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    public Buffer requestBufferBlocking() throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                if (destroyed) {
                    throw new BufferPoolDestroyedException(owner);
                }
                Buffer buffer = takeLocked();
                if (buffer != null) {
                    return buffer;
                }
                numWaiters++;
                try {
                    bufferAvailable.await();
                } catch (InterruptedException e) {
                    // An interrupted waiter may have consumed a signal meant for another one: pass it on.
                    bufferAvailable.signal();
                    throw e;
                } finally {
                    numWaiters--;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private Buffer takeLocked() {
        Buffer buffer = available.poll();
        if (buffer == null) {
            if (numCreated == numBuffers) {
                return null;
            }
            buffer = new Buffer(networkPool.takeReservedSegment(), this);
            numCreated++;
        }
        buffer.resetForReuse();
        return buffer;
    }

    @Override
    public void recycle(Buffer buffer) {
        if (buffer.capacity() != networkPool.getSegmentSize()) {
            throw new IllegalArgumentException("buffer " + buffer + " does not belong to the pool of " + owner);
        }
        lock.lock();
        try {
            if (!destroyed) {
                available.add(buffer);
                if (numWaiters > 0) {
                    bufferAvailable.signal();
                }
                return;
            }
            numCreated--;
        } finally {
            lock.unlock();
        }
        networkPool.returnSegments(List.of(buffer.array()), 1);
    }

    /**
     * Wakes waiting requesters with {@link BufferPoolDestroyedException} and gives unused buffers
     * back to the network pool; buffers still out are given back as they are recycled. Idempotent.
     */
    public void destroy() {
        List<byte[]> segments;
        int unreserve;
        lock.lock();
        try {
            if (destroyed) {
                return;
            }
            destroyed = true;
            segments = available.stream().map(Buffer::array).toList();
            numCreated -= available.size();
            available.clear();
            // Buffers still out (numCreated) keep their reservation until they come back.
            unreserve = numBuffers - numCreated;
            bufferAvailable.signalAll();
        } finally {
            lock.unlock();
        }
        networkPool.returnSegments(segments, unreserve);
    }

    public boolean isDestroyed() {
        lock.lock();
        try {
            return destroyed;
        } finally {
            lock.unlock();
        }
    }

    public int getNumBuffers() {
        return numBuffers;
    }

    /** Buffers handed out and not yet recycled: with a writer, those queued for or held by consumers. */
    public int getNumberOfBuffersInUse() {
        lock.lock();
        try {
            return numCreated - available.size();
        } finally {
            lock.unlock();
        }
    }

    /** Whether a requester is parked waiting for a buffer: the producer is backpressured. */
    public boolean hasWaitingRequester() {
        lock.lock();
        try {
            return numWaiters > 0;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "LocalBufferPool(" + owner + ", " + numBuffers + " buffers)";
    }
}
