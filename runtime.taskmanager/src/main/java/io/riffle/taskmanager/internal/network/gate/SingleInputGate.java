package io.riffle.taskmanager.internal.network.gate;

import io.riffle.taskmanager.internal.network.buffer.Buffer;
import io.riffle.taskmanager.internal.network.event.EndOfPartitionEvent;
import io.riffle.taskmanager.internal.network.event.RuntimeEvent;
import io.riffle.taskmanager.internal.network.partition.BufferAndAvailability;
import io.riffle.taskmanager.internal.network.serialization.EventSerializer;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Optional;

/**
 * The input of one task: one {@link InputChannel} per producer subpartition it reads. Channels that
 * signalled data wait in a queue (each at most once, so the queue is bounded by the number of
 * channels) and are served round robin: a channel that still has data after giving one buffer goes
 * to the back, so one busy producer cannot starve the others.
 *
 * <p><b>Notification contract.</b> After {@link #pollNext()} returned empty, the availability
 * listener is called at least once when any channel next has data, an event or an error. The
 * listener runs when the queue goes from empty to non-empty, on the notifying thread, outside the
 * gate's lock. Why nothing is lost: a channel's notification is queued under the gate's lock, and
 * {@code pollNext} takes a channel off the queue under the same lock <em>before</em> polling it; so
 * a notification arriving during or after that poll re-queues the channel, and if the queue was
 * empty, calls the listener. A subpartition notifies whenever it goes from empty to non-empty, and
 * the poll that emptied it reported {@code moreAvailable = false} under the subpartition's lock.
 * Everything a channel hands over was published by those locks (happens-before). The listener may
 * be called spuriously; the task then polls and finds nothing.
 *
 * <p>Threading: {@link #pollNext()}, {@link #isFinished()}, {@link #requestPartitions()} and
 * {@link #close()} are called by the task thread; notifications come from any thread.
 */
public final class SingleInputGate implements AutoCloseable {

    private final String owner;
    private final InputChannel[] channels;

    private final Object lock = new Object();
    /** Guarded by {@code lock}; bounded by the number of channels. */
    private final ArrayDeque<InputChannel> availableChannels;
    private volatile Runnable availabilityListener = () -> {};

    private int numberOfFinishedChannels;
    private boolean requested;
    private boolean closed;

    /** @param owner names the reading task in errors, e.g. {@code "Map (2/4)#0"} */
    public SingleInputGate(String owner, int numberOfChannels) {
        if (numberOfChannels < 1) {
            throw new IllegalArgumentException("input gate of " + owner + " needs at least one channel");
        }
        this.owner = Objects.requireNonNull(owner, "owner");
        this.channels = new InputChannel[numberOfChannels];
        this.availableChannels = new ArrayDeque<>(numberOfChannels);
    }

    /** Sets channel {@code channel.getChannelIndex()}; all must be set before {@link #requestPartitions()}. */
    public void setInputChannel(InputChannel channel) {
        if (channel.gate != this) {
            throw new IllegalArgumentException(channel + " belongs to another gate");
        }
        if (channels[channel.channelIndex] != null) {
            throw new IllegalStateException("channel " + channel.channelIndex + " of " + owner + " is already set");
        }
        channels[channel.channelIndex] = channel;
    }

    /** Starts every channel reading its subpartition. */
    public void requestPartitions() {
        if (requested) {
            throw new IllegalStateException("partitions of " + owner + "'s input gate were already requested");
        }
        for (int i = 0; i < channels.length; i++) {
            if (channels[i] == null) {
                throw new IllegalStateException("channel " + i + " of " + owner + "'s input gate was never set");
            }
        }
        requested = true;
        for (InputChannel channel : channels) {
            channel.requestSubpartition();
        }
    }

    /**
     * Sets what to run (from any thread) when the gate goes from nothing available to something
     * available. It is also run at once if something is available already.
     */
    public void setAvailabilityListener(Runnable listener) {
        this.availabilityListener = Objects.requireNonNull(listener, "listener");
        boolean availableNow;
        synchronized (lock) {
            availableNow = !availableChannels.isEmpty();
        }
        if (availableNow) {
            listener.run();
        }
    }

    void notifyChannelNonEmpty(InputChannel channel) {
        boolean becameAvailable;
        synchronized (lock) {
            if (channel.queued || closed) {
                return;
            }
            channel.queued = true;
            availableChannels.add(channel);
            becameAvailable = availableChannels.size() == 1;
        }
        if (becameAvailable) {
            availabilityListener.run();
        }
    }

    /**
     * The next data buffer or event of any channel, or empty if none has one right now. The caller
     * recycles data buffers. An end of partition is returned like any event, after which the
     * channel is released; {@link #isFinished()} tells whether it was the last one.
     *
     * @throws IOException naming the channel, if a producer failed or its partition was released
     */
    public Optional<BufferOrEvent> pollNext() throws IOException {
        if (closed) {
            throw new IllegalStateException("input gate of " + owner + " is closed");
        }
        while (true) {
            InputChannel channel;
            synchronized (lock) {
                channel = availableChannels.poll();
                if (channel == null) {
                    return Optional.empty();
                }
                channel.queued = false;
            }
            if (channel.finished) {
                continue;
            }
            BufferAndAvailability next = channel.pollNext();
            if (next == null) {
                continue;
            }
            if (next.moreAvailable()) {
                requeue(channel);
            }
            Buffer buffer = next.buffer();
            if (!buffer.isEvent()) {
                return Optional.of(BufferOrEvent.ofBuffer(buffer, channel.channelIndex));
            }
            RuntimeEvent event;
            try {
                event = EventSerializer.fromBuffer(buffer);
            } finally {
                buffer.recycle();
            }
            if (event == EndOfPartitionEvent.INSTANCE) {
                channel.finished = true;
                numberOfFinishedChannels++;
                channel.releaseAllResources();
            }
            return Optional.of(BufferOrEvent.ofEvent(event, channel.channelIndex));
        }
    }

    /** The task thread is polling, so no listener call is needed for channels it puts back. */
    private void requeue(InputChannel channel) {
        synchronized (lock) {
            if (!channel.queued) {
                channel.queued = true;
                availableChannels.add(channel);
            }
        }
    }

    /** Whether every channel has delivered its end of partition. */
    public boolean isFinished() {
        return numberOfFinishedChannels == channels.length;
    }

    public int getNumberOfChannels() {
        return channels.length;
    }

    public InputChannel getChannel(int index) {
        return channels[index];
    }

    public String getOwner() {
        return owner;
    }

    /** Releases every channel (their producers' buffers are recycled); later notifications are ignored. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            for (InputChannel channel : availableChannels) {
                channel.queued = false;
            }
            availableChannels.clear();
        }
        for (InputChannel channel : channels) {
            if (channel != null) {
                channel.releaseAllResources();
            }
        }
    }

    @Override
    public String toString() {
        return "input gate of " + owner + " (" + channels.length + " channels, " + numberOfFinishedChannels + " finished)";
    }
}
