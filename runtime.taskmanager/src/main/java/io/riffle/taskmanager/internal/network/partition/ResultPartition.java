package io.riffle.taskmanager.internal.network.partition;

import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.taskmanager.internal.network.buffer.Buffer;
import io.riffle.taskmanager.internal.network.buffer.LocalBufferPool;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one producer subtask writes for one consuming vertex: one {@link ResultSubpartition} per
 * consumer subtask, filled from the partition's own {@link LocalBufferPool}.
 *
 * <p>Written by one {@link RecordWriter} on the producer's task thread; read through
 * {@link ResultSubpartitionView}s obtained from the {@link ResultPartitionManager}. Released (its
 * queues discarded, its pool destroyed, its readers woken with the cause) when the producer fails,
 * when {@link ResultPartitionManager#releasePartition} is called, or when every subpartition's
 * reader has released its view (pipelined partitions are read once).
 */
public final class ResultPartition {

    /** Default pool buffers per subpartition: one being filled by the writer while one is read. */
    public static final int DEFAULT_BUFFERS_PER_SUBPARTITION = 2;
    /** Default extra pool buffers per partition, for channels that get more than their share. */
    public static final int DEFAULT_FLOATING_BUFFERS = 8;

    private final ResultPartitionId id;
    private final String name;
    private final ResultSubpartition[] subpartitions;
    private final LocalBufferPool bufferPool;
    private final AtomicInteger readersReleased = new AtomicInteger();

    private volatile Runnable onAllReadersReleased = () -> {};
    private volatile boolean released;
    private volatile Throwable releaseCause;

    /**
     * @param bufferPool needs more buffers than subpartitions: the writer keeps one partly filled
     *     buffer per subpartition and must still get one more to make progress
     */
    public ResultPartition(ResultPartitionId id, int numberOfSubpartitions, LocalBufferPool bufferPool) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = "result partition " + id.dataSetId() + "#" + id.partitionIndex() + " (attempt " + id.producer() + ")";
        if (numberOfSubpartitions < 1) {
            throw new IllegalArgumentException(name + " needs at least one subpartition, got " + numberOfSubpartitions);
        }
        if (bufferPool.getNumBuffers() <= numberOfSubpartitions) {
            throw new IllegalArgumentException("a pool of " + bufferPool.getNumBuffers() + " buffers is too small for " + name
                    + " with " + numberOfSubpartitions + " subpartitions: it needs at least " + (numberOfSubpartitions + 1));
        }
        this.bufferPool = bufferPool;
        this.subpartitions = new ResultSubpartition[numberOfSubpartitions];
        for (int i = 0; i < numberOfSubpartitions; i++) {
            subpartitions[i] = new ResultSubpartition(this, i);
        }
    }

    /** The default pool size: {@code 2 * numberOfSubpartitions + 8}, as in Flink. */
    public static int defaultNumberOfBuffers(int numberOfSubpartitions) {
        return DEFAULT_BUFFERS_PER_SUBPARTITION * numberOfSubpartitions + DEFAULT_FLOATING_BUFFERS;
    }

    public ResultPartitionId getId() {
        return id;
    }

    public int getNumberOfSubpartitions() {
        return subpartitions.length;
    }

    public LocalBufferPool getBufferPool() {
        return bufferPool;
    }

    /** Buffers waiting in subpartition {@code index} for its reader (a backpressure metric). */
    public int getNumberOfQueuedBuffers(int index) {
        return subpartitions[index].getNumberOfQueuedBuffers();
    }

    /** Blocks while all buffers of the pool are in flight: backpressure. */
    Buffer requestBufferBlocking() throws InterruptedException {
        return bufferPool.requestBufferBlocking();
    }

    /** Hands a filled (or flushed) buffer to subpartition {@code index}. */
    void add(int index, Buffer buffer) throws PartitionReleasedException {
        if (released) {
            buffer.recycle();
            throw new PartitionReleasedException(name + " was released while its producer was writing", releaseCause);
        }
        subpartitions[index].add(buffer);
    }

    /** Sends the end of partition to every subpartition. */
    void finish() throws PartitionReleasedException {
        if (released) {
            throw new PartitionReleasedException(name + " was released before its producer finished", releaseCause);
        }
        for (ResultSubpartition subpartition : subpartitions) {
            subpartition.finish();
        }
    }

    ResultSubpartitionView createSubpartitionView(int index, BufferAvailabilityListener listener) throws PartitionReleasedException {
        if (index < 0 || index >= subpartitions.length) {
            throw new IllegalArgumentException("no subpartition " + index + " in " + name + " of " + subpartitions.length);
        }
        return subpartitions[index].createReadView(listener);
    }

    /** Set by the manager on registration: called once every subpartition's reader is gone. */
    void onAllReadersReleased(Runnable action) {
        this.onAllReadersReleased = action;
    }

    void onReaderReleased() {
        if (readersReleased.incrementAndGet() == subpartitions.length) {
            onAllReadersReleased.run();
        }
    }

    /**
     * Discards all queued data, wakes readers (who fail with {@code cause}) and destroys the pool,
     * which wakes a producer waiting for a buffer. Idempotent.
     *
     * @param cause why, or null when the partition was fully consumed
     */
    public void release(Throwable cause) {
        synchronized (this) {
            if (released) {
                return;
            }
            releaseCause = cause;
            released = true;
        }
        // The pool first: buffers discarded below must not wake a blocked producer with a buffer.
        bufferPool.destroy();
        for (ResultSubpartition subpartition : subpartitions) {
            subpartition.release(cause);
        }
    }

    public boolean isReleased() {
        return released;
    }

    @Override
    public String toString() {
        return name;
    }
}
