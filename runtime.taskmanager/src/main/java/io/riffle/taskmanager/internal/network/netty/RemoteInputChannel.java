package io.riffle.taskmanager.internal.network.netty;

import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.taskmanager.internal.network.buffer.Buffer;
import io.riffle.taskmanager.internal.network.buffer.BufferPoolDestroyedException;
import io.riffle.taskmanager.internal.network.buffer.LocalBufferPool;
import io.riffle.taskmanager.internal.network.buffer.NetworkBufferPool;
import io.riffle.taskmanager.internal.network.gate.InputChannel;
import io.riffle.taskmanager.internal.network.gate.SingleInputGate;
import io.riffle.taskmanager.internal.network.partition.BufferAndAvailability;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a subpartition produced on another TaskManager, over the connection this TaskManager
 * shares with that TaskManager's data server, with credit-based flow control.
 *
 * <p><b>Credit.</b> The channel owns {@code buffersPerChannel} exclusive network buffers and
 * announces each free one as one credit: first in the partition request, later (in an
 * {@link AddCredit}) whenever the task recycles one. The sender sends a buffer only against a
 * credit, so every incoming buffer finds a free buffer here to be copied into; one that does not is
 * a protocol violation. When the sender reports a backlog larger than the credit it holds, the
 * channel takes floating buffers from its gate's pool (if there is one and it has any left) and
 * announces them too; a floating buffer goes back to the gate's pool when the task recycles it.
 *
 * <p>Threading: {@link #requestSubpartition}, {@link #pollNext} and {@link #releaseAllResources}
 * run on the task thread; {@link #onBuffer} and {@link #onError} on a Netty thread; recycling on
 * whichever thread recycles. The queues are guarded by {@code lock}; the gate is notified outside it.
 */
public final class RemoteInputChannel extends InputChannel {

    private final InputChannelId id = InputChannelId.generate();
    private final ResultPartitionId partitionId;
    private final int subpartitionIndex;
    private final TaskManagerLocation producer;
    private final DataClient client;
    private final NetworkBufferPool networkPool;
    /** The gate's floating buffers, or null without any. */
    private final LocalBufferPool floatingPool;
    private final int buffersPerChannel;

    private final Object lock = new Object();
    // guarded by lock; each bounded by the buffers the channel holds
    private final ArrayDeque<Buffer> received = new ArrayDeque<>();
    private final ArrayDeque<Buffer> freeExclusive = new ArrayDeque<>();
    private final ArrayDeque<Buffer> freeFloating = new ArrayDeque<>();
    private int expectedSequenceNumber;
    private int unannouncedCredit;
    private long creditAnnounced;
    private long buffersReceived;
    /** Exclusive segments not yet given back to the network pool. */
    private int exclusiveSegmentsHeld;
    private Throwable failure;
    private boolean released;

    private volatile PartitionRequestClient connection;
    private boolean requested;

    /** Created by {@link DataExchange#createInputChannel}. */
    RemoteInputChannel(SingleInputGate gate, int channelIndex, ResultPartitionId partitionId, int subpartitionIndex,
            TaskManagerLocation producer, DataClient client, NetworkBufferPool networkPool, LocalBufferPool floatingPool,
            int buffersPerChannel) {
        super(gate, channelIndex);
        if (!producer.hasDataServer()) {
            throw new IllegalArgumentException("producer " + producer + " has no data server to read from");
        }
        this.partitionId = partitionId;
        this.subpartitionIndex = subpartitionIndex;
        this.producer = producer;
        this.client = client;
        this.networkPool = networkPool;
        this.floatingPool = floatingPool;
        this.buffersPerChannel = buffersPerChannel;
    }

    InputChannelId getId() {
        return id;
    }

    ResultPartitionId getPartitionId() {
        return partitionId;
    }

    int getSubpartitionIndex() {
        return subpartitionIndex;
    }

    @Override
    protected void requestSubpartition() {
        if (requested) {
            throw new IllegalStateException(this + " was already started");
        }
        requested = true;
        List<byte[]> segments = networkPool.requestExclusiveSegments(buffersPerChannel, toString());
        synchronized (lock) {
            exclusiveSegmentsHeld = segments.size();
            for (byte[] segment : segments) {
                freeExclusive.add(new Buffer(segment, this::recycleExclusive));
            }
            creditAnnounced = buffersPerChannel;
        }
        client.connect(new InetSocketAddress(producer.host(), producer.dataPort())).whenComplete((opened, error) -> {
            if (error != null) {
                onError(new IOException("cannot connect to the data server of " + producer + ": " + error.getMessage(), error));
                return;
            }
            connection = opened;
            if (!isReleased()) {
                opened.requestSubpartition(this, buffersPerChannel);
            }
        });
    }

    /** Copies a buffer the sender sent against credit into a free buffer of this channel (Netty thread). */
    void onBuffer(BufferResponse response) throws DataProtocolException {
        boolean notify;
        boolean announce = false;
        synchronized (lock) {
            if (released) {
                return;
            }
            if (response.sequenceNumber() != expectedSequenceNumber) {
                throw new DataProtocolException(this + " expected buffer #" + expectedSequenceNumber + " but got #"
                        + response.sequenceNumber());
            }
            int size = response.size();
            if (size > networkPool.getSegmentSize()) {
                throw new DataProtocolException("the sender of " + this + " sent " + size + " bytes, more than a network buffer of "
                        + networkPool.getSegmentSize());
            }
            // Floating buffers first: they go back to the gate when recycled, exclusive ones stay.
            Buffer target = freeFloating.poll();
            if (target == null) {
                target = freeExclusive.poll();
            }
            if (target == null) {
                throw new DataProtocolException("the sender of " + this + " sent buffer #" + response.sequenceNumber()
                        + " without credit: no free buffer to receive it");
            }
            target.resetForReuse();
            response.data().readBytes(target.array(), 0, size);
            target.setWriterIndex(size);
            if (response.event()) {
                target.markAsEvent();
            }
            expectedSequenceNumber++;
            buffersReceived++;
            received.add(target);
            notify = received.size() == 1;
            if (floatingPool != null) {
                announce = requestFloatingBuffers(response.backlog());
            }
        }
        if (notify) {
            notifyChannelNonEmpty();
        }
        if (announce) {
            connection.announceCredit(this);
        }
    }

    /** Takes floating buffers for the part of the backlog the sender has no credit for; whether credit must be announced. */
    private boolean requestFloatingBuffers(int backlog) {
        boolean wasZero = unannouncedCredit == 0;
        int wanted = backlog - (freeExclusive.size() + freeFloating.size());
        while (wanted-- > 0) {
            Buffer buffer;
            try {
                buffer = floatingPool.requestBuffer();
            } catch (BufferPoolDestroyedException e) {
                break; // the gate is closing
            }
            if (buffer == null) {
                break; // all in use: the exclusive buffers keep the channel going
            }
            freeFloating.add(buffer);
            unannouncedCredit++;
        }
        return wasZero && unannouncedCredit > 0;
    }

    /** The task recycled an exclusive buffer: it is free again, and one more credit to announce. */
    private void recycleExclusive(Buffer buffer) {
        boolean announce = false;
        boolean giveBack = false;
        synchronized (lock) {
            if (released) {
                exclusiveSegmentsHeld--;
                giveBack = true;
            } else {
                freeExclusive.add(buffer);
                // Zero to one: no announcement is on its way yet; later recycles join this one.
                announce = unannouncedCredit++ == 0;
            }
        }
        if (giveBack) {
            networkPool.recycleExclusiveSegments(List.of(buffer.array()));
        }
        PartitionRequestClient current = connection;
        if (announce && current != null) {
            current.announceCredit(this);
        }
    }

    /** Credit freed since the last announcement, now counted as announced (event loop). */
    int takeUnannouncedCredit() {
        synchronized (lock) {
            int credit = released ? 0 : unannouncedCredit;
            unannouncedCredit = 0;
            creditAnnounced += credit;
            return credit;
        }
    }

    /** The producer failed this channel, or its connection broke (any thread). */
    void onError(Throwable cause) {
        synchronized (lock) {
            if (failure != null || released) {
                return;
            }
            failure = cause;
        }
        notifyChannelNonEmpty();
    }

    /** Buffers received are delivered before a failure, so a connection that closes right after the end of partition loses nothing. */
    @Override
    protected BufferAndAvailability pollNext() throws IOException {
        synchronized (lock) {
            if (released) {
                return null;
            }
            Buffer buffer = received.poll();
            if (buffer != null) {
                return new BufferAndAvailability(buffer, !received.isEmpty() || failure != null);
            }
            if (failure != null) {
                throw new IOException(this + " failed: " + failure.getMessage(), failure);
            }
            return null;
        }
    }

    @Override
    protected void releaseAllResources() {
        List<Buffer> toRecycle;
        List<byte[]> exclusiveSegments = new ArrayList<>();
        synchronized (lock) {
            if (released) {
                return;
            }
            released = true;
            toRecycle = new ArrayList<>(received);
            toRecycle.addAll(freeFloating);
            received.clear();
            freeFloating.clear();
            for (Buffer buffer : freeExclusive) {
                exclusiveSegments.add(buffer.array());
            }
            exclusiveSegmentsHeld -= freeExclusive.size();
            freeExclusive.clear();
        }
        // Received exclusive buffers come back through recycleExclusive, which now returns their segments.
        toRecycle.forEach(Buffer::recycle);
        if (!exclusiveSegments.isEmpty()) {
            networkPool.recycleExclusiveSegments(exclusiveSegments);
        }
        PartitionRequestClient current = connection;
        if (current != null) {
            current.cancel(this);
        }
    }

    private boolean isReleased() {
        synchronized (lock) {
            return released;
        }
    }

    /** Buffers received and not yet taken by the task. */
    public int getNumberOfQueuedBuffers() {
        synchronized (lock) {
            return received.size();
        }
    }

    /** Credit announced so far, the initial credit included; never less than {@link #getNumberOfBuffersReceived()}. */
    public long getCreditAnnounced() {
        synchronized (lock) {
            return creditAnnounced;
        }
    }

    public long getNumberOfBuffersReceived() {
        synchronized (lock) {
            return buffersReceived;
        }
    }

    /** Exclusive buffers not yet given back to the network pool (0 once released and all recycled). */
    public int getNumberOfExclusiveBuffersHeld() {
        synchronized (lock) {
            return exclusiveSegmentsHeld;
        }
    }

    @Override
    public String toString() {
        return "remote channel " + channelIndex + " (subpartition " + subpartitionIndex + " of result partition " + partitionId.dataSetId()
                + "#" + partitionId.partitionIndex() + " at " + producer + ") of " + gate.getOwner();
    }
}
