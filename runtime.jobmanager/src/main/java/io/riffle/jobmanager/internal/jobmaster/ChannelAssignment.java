package io.riffle.jobmanager.internal.jobmaster;

import io.riffle.runtime.jobgraph.DistributionPattern;
import java.util.ArrayList;
import java.util.List;

/**
 * Which producer subpartitions each consumer subtask reads. All-to-all: every producer has one
 * subpartition per consumer. Pointwise (forward, rescale): with at least as many producers as
 * consumers, each producer feeds one consumer through its single subpartition; with fewer, each
 * producer feeds a contiguous range of consumers, one subpartition each.
 */
final class ChannelAssignment {

    /** Subpartition {@code subpartition} of producer subtask {@code producer}. */
    record Channel(int producer, int subpartition) {}

    private ChannelAssignment() {}

    static int numberOfSubpartitions(DistributionPattern pattern, int producer, int producers, int consumers) {
        if (pattern == DistributionPattern.ALL_TO_ALL) {
            return consumers;
        }
        if (producers >= consumers) {
            return 1;
        }
        int count = 0;
        for (int consumer = 0; consumer < consumers; consumer++) {
            if (producerOf(consumer, producers, consumers) == producer) {
                count++;
            }
        }
        return count;
    }

    static List<Channel> channelsOf(DistributionPattern pattern, int consumer, int producers, int consumers) {
        List<Channel> channels = new ArrayList<>();
        if (pattern == DistributionPattern.ALL_TO_ALL) {
            for (int producer = 0; producer < producers; producer++) {
                channels.add(new Channel(producer, consumer));
            }
        } else if (producers >= consumers) {
            for (int producer = 0; producer < producers; producer++) {
                if ((long) producer * consumers / producers == consumer) {
                    channels.add(new Channel(producer, 0));
                }
            }
        } else {
            int producer = producerOf(consumer, producers, consumers);
            int first = consumer;
            while (first > 0 && producerOf(first - 1, producers, consumers) == producer) {
                first--;
            }
            channels.add(new Channel(producer, consumer - first));
        }
        return channels;
    }

    private static int producerOf(int consumer, int producers, int consumers) {
        return (int) ((long) consumer * producers / consumers);
    }
}
