package io.riffle.taskmanager.internal.partitioner;

import io.riffle.taskmanager.internal.streamrecord.StreamRecord;

/** Everything to the first consumer subtask ({@code DataStream#global()}). */
public final class GlobalPartitioner<T> implements ChannelSelector<T> {

    @Override
    public void setup(int numberOfChannels) {
        ChannelCount.check(numberOfChannels);
    }

    @Override
    public int selectChannel(StreamRecord<T> record) {
        return 0;
    }

    @Override
    public boolean isBroadcast() {
        return false;
    }

    @Override
    public String toString() {
        return "GLOBAL";
    }
}
