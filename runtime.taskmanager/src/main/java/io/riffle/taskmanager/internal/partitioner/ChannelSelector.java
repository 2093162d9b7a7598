package io.riffle.taskmanager.internal.partitioner;

import io.riffle.taskmanager.internal.streamrecord.StreamRecord;

/**
 * Picks the output channel (subpartition) of each record. One instance per record writer, used by
 * its task thread only, so implementations keep plain mutable fields (round-robin counters).
 */
public interface ChannelSelector<T> {

    /** Called once, before any record, with the number of subpartitions of the written partition. */
    void setup(int numberOfChannels);

    /** The channel of {@code record}, in {@code [0, numberOfChannels)}. Not called when {@link #isBroadcast()}. */
    int selectChannel(StreamRecord<T> record);

    /** Whether every record goes to every channel. */
    boolean isBroadcast();
}
