package io.riffle.taskmanager.internal.partitioner;

import io.riffle.taskmanager.internal.streamrecord.StreamRecord;

/** Subtask i to subtask i: a forward edge gives each producer exactly one subpartition. */
public final class ForwardPartitioner<T> implements ChannelSelector<T> {

    @Override
    public void setup(int numberOfChannels) {
        if (numberOfChannels != 1) {
            throw new IllegalArgumentException("forward partitioning writes exactly one subpartition per producer, got "
                    + numberOfChannels + ": producer and consumer parallelism must be equal");
        }
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
        return "FORWARD";
    }
}
