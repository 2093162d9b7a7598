package io.riffle.jobmanager.internal.translation;

import static org.junit.Assert.assertEquals;

import io.riffle.api.common.JobID;
import io.riffle.runtime.jobgraph.JobGraph;
import io.riffle.streaming.api.datastream.DataStream;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.v2.DiscardingSink;
import org.junit.Test;

/** Slots a translated job needs with slot sharing: per slot sharing group its highest parallelism, summed over groups. */
public class JobGraphSlotsTest {

    private final StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);

    private JobGraph translate() {
        return JobGraphGenerator.translate(env.getStreamGraph("slots test"), JobID.generate());
    }

    private static void discard(DataStream<Long> stream, int parallelism) {
        stream.sinkTo(new DiscardingSink<>()).name("Discard").setParallelism(parallelism);
    }

    @Test
    public void needsAsManySlotsAsTheParallelismOfAChainedJob() {
        discard(env.fromSequence(1, 10).map(n -> n), 2);

        assertEquals(2, translate().requiredSlots());
    }

    @Test
    public void sharesSlotsInOneGroupSoTheHighestParallelismCounts() {
        discard(env.fromSequence(1, 10).rebalance().map(n -> n).setParallelism(5), 3);

        JobGraph graph = translate();

        assertEquals(3, graph.vertices().size());
        assertEquals(5, graph.requiredSlots());
    }

    @Test
    public void addsUpTheSlotsOfEverySlotSharingGroup() {
        discard(env.fromSequence(1, 10).rebalance().map(n -> n).setParallelism(4).slotSharingGroup("heavy"), 3);
        discard(env.fromSequence(1, 10).rebalance().map(n -> n).setParallelism(1).slotSharingGroup("light"), 1);

        JobGraph graph = translate();

        assertEquals("default 2 + heavy 4 + light 1", 7, graph.requiredSlots());
    }
}
