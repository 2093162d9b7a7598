package io.riffle.taskmanager.internal.partitioner;

import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Round robin over all consumer subtasks. Each producer starts at a random channel, so that
 * producers emitting few records do not all load the first consumers.
 */
public final class RebalancePartitioner<T> implements ChannelSelector<T> {

    private int numberOfChannels;
    private int nextChannel;

    @Override
    public void setup(int numberOfChannels) {
        this.numberOfChannels = ChannelCount.check(numberOfChannels);
        this.nextChannel = ThreadLocalRandom.current().nextInt(numberOfChannels);
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
        return "REBALANCE";
    }
}
