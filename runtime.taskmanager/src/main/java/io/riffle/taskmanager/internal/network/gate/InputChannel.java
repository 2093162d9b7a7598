package io.riffle.taskmanager.internal.network.gate;

import io.riffle.taskmanager.internal.network.partition.BufferAndAvailability;
import java.io.IOException;

/**
 * One producer subpartition as read by a {@link SingleInputGate}. Implementations get their data
 * in the same JVM ({@link LocalInputChannel}) or, later, over the network with credit-based flow
 * control; either way they call {@link #notifyChannelNonEmpty()} when they go from having nothing
 * to read to having something (data, an event, or an error), from whatever thread learns it.
 *
 * <p>{@link #requestSubpartition()}, {@link #pollNext()} and {@link #releaseAllResources()} are
 * called by the gate on the task thread.
 */
public abstract class InputChannel {

    protected final SingleInputGate gate;
    protected final int channelIndex;

    /** Whether this channel is in the gate's queue of available channels. Guarded by the gate's lock. */
    boolean queued;
    /** Set by the gate on the task thread once this channel's end of partition was read. */
    boolean finished;

    protected InputChannel(SingleInputGate gate, int channelIndex) {
        this.gate = gate;
        this.channelIndex = channelIndex;
    }

    public int getChannelIndex() {
        return channelIndex;
    }

    /** Starts reading: asks for the subpartition (in this JVM, or from a remote TaskManager). */
    protected abstract void requestSubpartition();

    /**
     * The next buffer and whether more are available right now, or null if there is none (also
     * after a spurious notification).
     *
     * @throws IOException naming this channel, if its partition failed or could not be found
     */
    protected abstract BufferAndAvailability pollNext() throws IOException;

    /** Stops reading and recycles what the channel still holds. Idempotent. */
    protected abstract void releaseAllResources();

    protected final void notifyChannelNonEmpty() {
        gate.notifyChannelNonEmpty(this);
    }
}
