package io.riffle.taskmanager.internal.partitioner;

import io.riffle.taskmanager.internal.streamrecord.StreamRecord;

/** Every record to every consumer subtask: the record writer copies it into all channels. */
public final class BroadcastPartitioner<T> implements ChannelSelector<T> {

    @Override
    public void setup(int numberOfChannels) {
        ChannelCount.check(numberOfChannels);
    }

    @Override
    public int selectChannel(StreamRecord<T> record) {
        throw new UnsupportedOperationException("broadcast sends every record to all channels: the writer must not ask for one");
    }

    @Override
    public boolean isBroadcast() {
        return true;
    }

    @Override
    public String toString() {
        return "BROADCAST";
    }
}
