package io.riffle.taskmanager.internal.partitioner;

import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import java.util.concurrent.ThreadLocalRandom;

/** A uniformly random consumer subtask per record. */
public final class ShufflePartitioner<T> implements ChannelSelector<T> {

    private int numberOfChannels;

    @Override
    public void setup(int numberOfChannels) {
        this.numberOfChannels = ChannelCount.check(numberOfChannels);
    }

    @Override
    public int selectChannel(StreamRecord<T> record) {
        return ThreadLocalRandom.current().nextInt(numberOfChannels);
    }

    @Override
    public boolean isBroadcast() {
        return false;
    }

    @Override
    public String toString() {
        return "SHUFFLE";
    }
}
