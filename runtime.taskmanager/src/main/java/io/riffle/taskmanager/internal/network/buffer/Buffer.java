package io.riffle.taskmanager.internal.network.buffer;

import java.util.Objects;

/**
 * A fixed-size network buffer: a byte array with a reader and a writer index, a data/event flag and
 * the recycler it goes back to. Bytes {@code [readerIndex, writerIndex)} are readable.
 *
 * <p>A buffer has one owner at a time (the writing task, then a subpartition queue, then the
 * reading task); ownership passes through locks (pool, subpartition), which also publish its
 * content. The owner calls {@link #recycle()} exactly once when done.
 */
public final class Buffer {

    private final byte[] memory;
    private final BufferRecycler recycler;
    private int readerIndex;
    private int writerIndex;
    private boolean event;
    private boolean recycled;

    public Buffer(byte[] memory, BufferRecycler recycler) {
        this.memory = Objects.requireNonNull(memory, "memory");
        this.recycler = Objects.requireNonNull(recycler, "recycler");
    }

    /** The backing array; valid bytes are {@code [getReaderIndex(), getWriterIndex())}. */
    public byte[] array() {
        return memory;
    }

    public int capacity() {
        return memory.length;
    }

    public int getReaderIndex() {
        return readerIndex;
    }

    public void setReaderIndex(int readerIndex) {
        if (readerIndex < 0 || readerIndex > writerIndex) {
            throw new IndexOutOfBoundsException("reader index " + readerIndex + " outside 0.." + writerIndex);
        }
        this.readerIndex = readerIndex;
    }

    public int getWriterIndex() {
        return writerIndex;
    }

    public void setWriterIndex(int writerIndex) {
        if (writerIndex < readerIndex || writerIndex > memory.length) {
            throw new IndexOutOfBoundsException("writer index " + writerIndex + " outside " + readerIndex + ".." + memory.length);
        }
        this.writerIndex = writerIndex;
    }

    public int readableBytes() {
        return writerIndex - readerIndex;
    }

    public int writableBytes() {
        return memory.length - writerIndex;
    }

    /** Copies as many of {@code len} bytes as fit and returns how many that was. */
    public int append(byte[] source, int offset, int len) {
        int n = Math.min(len, memory.length - writerIndex);
        System.arraycopy(source, offset, memory, writerIndex, n);
        writerIndex += n;
        return n;
    }

    /** Whether this buffer carries a serialized runtime event instead of records. */
    public boolean isEvent() {
        return event;
    }

    public void markAsEvent() {
        this.event = true;
    }

    /** Hands the buffer back to its pool; the caller must not touch it afterwards. */
    public void recycle() {
        if (recycled) {
            throw new IllegalStateException("buffer recycled twice: a reader or writer kept using it after handing it back");
        }
        recycled = true;
        recycler.recycle(this);
    }

    /**
     * Called by the buffer's pool (or a remote input channel owning exclusive buffers) when it hands
     * the buffer out again after it was recycled.
     */
    public void resetForReuse() {
        readerIndex = 0;
        writerIndex = 0;
        event = false;
        recycled = false;
    }

    @Override
    public String toString() {
        return (event ? "EventBuffer[" : "Buffer[") + readerIndex + ".." + writerIndex + " of " + memory.length + "]";
    }
}
