package io.riffle.taskmanager.internal.partitioner;

import io.riffle.taskmanager.internal.streamrecord.StreamRecord;

/**
 * Round robin over this producer's own subpartitions, starting at the first. Which consumers those
 * subpartitions feed (the pointwise subset) is decided by the job graph's wiring, not here.
 */
public final class RescalePartitioner<T> implements ChannelSelector<T> {

    private int numberOfChannels;
    private int nextChannel;

    @Override
    public void setup(int numberOfChannels) {
        this.numberOfChannels = ChannelCount.check(numberOfChannels);
        this.nextChannel = 0;
    }

    @Override
    public int selectChannel(StreamRecord<T> record) {
        int channel = nextChannel;
        if (++nextChannel == numberOfChannels) {
            nextChannel = 0;
        }
        return channel;
    }

    @Override
    public boolean isBroadcast() {
        return false;
    }

    @Override
    public String toString() {
        return "RESCALE";
    }
}
