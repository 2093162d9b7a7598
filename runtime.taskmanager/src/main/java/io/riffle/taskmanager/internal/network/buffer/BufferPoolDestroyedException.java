package io.riffle.taskmanager.internal.network.buffer;

/**
 * Thrown to a task waiting for, or asking for, a buffer of a pool that has been destroyed: its
 * partition was released (the task is cancelled or failed, or its consumers went away).
 * Unchecked, so it passes through user functions that call {@code collect}.
 */
public final class BufferPoolDestroyedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public BufferPoolDestroyedException(String owner) {
        super("buffer pool of " + owner + " was destroyed: its partition was released");
    }
}
