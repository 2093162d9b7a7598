package io.riffle.jobmanager.internal.translation;

import io.riffle.streaming.api.operators.ChainingStrategy;
import io.riffle.streaming.api.transformations.Partitioning;

/**
 * When two operators run in one task (DESIGN.md §4): a forward edge, the same parallelism, the same
 * slot sharing group, chaining enabled for the job and both operators, and the downstream operator
 * has no other input.
 */
final class ChainingRules {

    private ChainingRules() {}

    static boolean isChainable(StreamEdge edge, boolean chainingEnabled) {
        StreamNode upstream = edge.source();
        StreamNode downstream = edge.target();
        return chainingEnabled
                && edge.partitioning().kind() == Partitioning.Kind.FORWARD
                && upstream.parallelism == downstream.parallelism
                && upstream.slotSharingGroup.equals(downstream.slotSharingGroup)
                && upstream.chainingStrategy != ChainingStrategy.NEVER
                && downstream.chainingStrategy == ChainingStrategy.ALWAYS
                && downstream.inputs.size() == 1
                && !downstream.isSource();
    }
}
