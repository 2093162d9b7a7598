package io.riffle.taskmanager.internal.network.buffer;

/** Takes a {@link Buffer} back once its owner is done with it. May be called from any thread. */
@FunctionalInterface
public interface BufferRecycler {

    /** For buffers outside any pool (serialized events): the garbage collector reclaims them. */
    BufferRecycler UNPOOLED = buffer -> {};

    void recycle(Buffer buffer);
}
