package io.riffle.taskmanager.internal.partitioner;

/** The check every selector's {@code setup} shares. */
final class ChannelCount {

    private ChannelCount() {}

    static int check(int numberOfChannels) {
        if (numberOfChannels < 1) {
            throw new IllegalArgumentException("a partitioner needs at least one channel, got " + numberOfChannels);
        }
        return numberOfChannels;
    }
}
