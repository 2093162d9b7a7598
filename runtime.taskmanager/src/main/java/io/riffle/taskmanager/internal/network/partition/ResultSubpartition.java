package io.riffle.taskmanager.internal.network.partition;

import io.riffle.taskmanager.internal.network.buffer.Buffer;
import io.riffle.taskmanager.internal.network.event.EndOfPartitionEvent;
import io.riffle.taskmanager.internal.network.serialization.EventSerializer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The queue of finished buffers for one consumer subtask, read through at most one
 * {@link ResultSubpartitionView}.
 *
 * <p>The queue needs no explicit bound: it only ever holds buffers of the partition's
 * {@link io.riffle.taskmanager.internal.network.buffer.LocalBufferPool} (so at most its size) plus
 * one end-of-partition event. When it goes from empty to non-empty, the reader's listener is told,
 * after the lock is released so the listener can call back into the view.
 */
final class ResultSubpartition {

    private final ResultPartition parent;
    private final int index;

    /** Guards every field below. */
    private final ArrayDeque<Buffer> buffers = new ArrayDeque<>();
    private ResultSubpartitionView view;
    private boolean finished;
    private boolean released;
    private Throwable releaseCause;
    private boolean readerReleased;

    ResultSubpartition(ResultPartition parent, int index) {
        this.parent = parent;
        this.index = index;
    }

    /** Queues a buffer for the reader; discards it if the reader is gone. */
    void add(Buffer buffer) {
        enqueue(buffer, false);
    }

    /** Queues the end-of-partition event; nothing may follow it. */
    void finish() {
        enqueue(EventSerializer.toBuffer(EndOfPartitionEvent.INSTANCE), true);
    }

    private void enqueue(Buffer buffer, boolean last) {
        BufferAvailabilityListener toNotify = null;
        synchronized (buffers) {
            if (finished) {
                buffer.recycle();
                throw new IllegalStateException(this + " is finished: nothing may follow its end of partition");
            }
            finished = last;
            if (!released && !readerReleased) {
                buffers.add(buffer);
                if (buffers.size() == 1 && view != null) {
                    toNotify = view.listener();
                }
                buffer = null;
            }
        }
        if (buffer != null) {
            buffer.recycle();
        }
        if (toNotify != null) {
            toNotify.notifyDataAvailable();
        }
    }

    ResultSubpartitionView createReadView(BufferAvailabilityListener listener) throws PartitionReleasedException {
        synchronized (buffers) {
            if (released) {
                throw new PartitionReleasedException(this + " was released", releaseCause);
            }
            if (view != null) {
                throw new IllegalStateException(this + " already has a reader: a subpartition is read by exactly one view");
            }
            view = new ResultSubpartitionView(this, listener);
            return view;
        }
    }

    BufferAndAvailability poll() throws PartitionReleasedException {
        synchronized (buffers) {
            if (released) {
                throw new PartitionReleasedException(this + " was released before the reader reached its end", releaseCause);
            }
            Buffer buffer = buffers.poll();
            return buffer == null ? null : new BufferAndAvailability(buffer, !buffers.isEmpty());
        }
    }

    /** The reader is done (it read the end of partition, or it was cancelled): discard what is queued. */
    void releaseReader() {
        List<Buffer> discarded;
        synchronized (buffers) {
            if (readerReleased) {
                return;
            }
            readerReleased = true;
            discarded = drainLocked();
        }
        discarded.forEach(Buffer::recycle);
        parent.onReaderReleased();
    }

    boolean isReaderReleased() {
        synchronized (buffers) {
            return readerReleased;
        }
    }

    /** Discards queued buffers and wakes the reader, who then fails with {@code cause}. */
    void release(Throwable cause) {
        List<Buffer> discarded;
        BufferAvailabilityListener toNotify = null;
        synchronized (buffers) {
            if (released) {
                return;
            }
            released = true;
            releaseCause = cause;
            discarded = drainLocked();
            if (view != null && !readerReleased) {
                toNotify = view.listener();
            }
        }
        discarded.forEach(Buffer::recycle);
        if (toNotify != null) {
            toNotify.notifyDataAvailable();
        }
    }

    private List<Buffer> drainLocked() {
        List<Buffer> drained = new ArrayList<>(buffers);
        buffers.clear();
        return drained;
    }

    int getNumberOfQueuedBuffers() {
        synchronized (buffers) {
            return buffers.size();
        }
    }

    @Override
    public String toString() {
        return "subpartition " + index + " of " + parent;
    }
}
