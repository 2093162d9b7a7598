package io.riffle.taskmanager.internal.network.partition;

/**
 * Told by a subpartition that its reader has something to read: the queue went from empty to
 * non-empty, or the partition was released. Called from the producer's thread (or whichever thread
 * released the partition), never while holding the subpartition's lock, so it may call back into
 * the view. May be called spuriously; the reader then finds nothing to read.
 */
@FunctionalInterface
public interface BufferAvailabilityListener {

    void notifyDataAvailable();
}
