package io.riffle.taskmanager.internal.partitioner;

import io.riffle.api.java.functions.KeySelector;
import io.riffle.streaming.api.transformations.Partitioning;

/** Builds the channel selector of a network output from the job graph's description of its edge. */
public final class ChannelSelectorFactory {

    private ChannelSelectorFactory() {}

    /**
     * @param consumerMaxParallelism the consuming vertex's number of key groups; used by {@code HASH} only
     */
    @SuppressWarnings("unchecked")
    public static <T> ChannelSelector<T> create(Partitioning partitioning, int consumerMaxParallelism) {
        return switch (partitioning.kind()) {
            case FORWARD -> new ForwardPartitioner<>();
            case REBALANCE -> new RebalancePartitioner<>();
            case RESCALE -> new RescalePartitioner<>();
            case SHUFFLE -> new ShufflePartitioner<>();
            case BROADCAST -> new BroadcastPartitioner<>();
            case GLOBAL -> new GlobalPartitioner<>();
            case HASH -> new KeyGroupStreamPartitioner<>((KeySelector<T, Object>) partitioning.keySelector(), consumerMaxParallelism);
        };
    }
}
