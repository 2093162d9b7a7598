package io.riffle.taskmanager.internal.network.gate;

import io.riffle.taskmanager.internal.network.buffer.Buffer;
import io.riffle.taskmanager.internal.network.partition.BufferAndAvailability;
import java.util.ArrayDeque;

/**
 * A channel fed by the test: {@link #add} queues a buffer and notifies the gate like a subpartition
 * going from empty to non-empty; {@link #duringNextPoll} runs an action inside the gate's next poll
 * of this channel, to place a producer's notification at the worst moment deterministically.
 */
final class TestingInputChannel extends InputChannel {

    private final ArrayDeque<Buffer> buffers = new ArrayDeque<>();
    private Runnable duringNextPoll;

    TestingInputChannel(SingleInputGate gate, int channelIndex) {
        super(gate, channelIndex);
    }

    void add(Buffer buffer) {
        boolean wasEmpty;
        synchronized (buffers) {
            wasEmpty = buffers.isEmpty();
            buffers.add(buffer);
        }
        if (wasEmpty) {
            notifyChannelNonEmpty();
        }
    }

    void duringNextPoll(Runnable action) {
        this.duringNextPoll = action;
    }

    @Override
    protected void requestSubpartition() {}

    @Override
    protected BufferAndAvailability pollNext() {
        BufferAndAvailability next;
        synchronized (buffers) {
            Buffer buffer = buffers.poll();
            next = buffer == null ? null : new BufferAndAvailability(buffer, !buffers.isEmpty());
        }
        Runnable action = duringNextPoll;
        duringNextPoll = null;
        if (action != null) {
            action.run();
        }
        return next;
    }

    @Override
    protected void releaseAllResources() {
        synchronized (buffers) {
            buffers.clear();
        }
    }
}
