package io.riffle.jobmanager.internal.jobmaster;

import static io.riffle.runtime.jobgraph.DistributionPattern.ALL_TO_ALL;
import static io.riffle.runtime.jobgraph.DistributionPattern.POINTWISE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.riffle.jobmanager.internal.jobmaster.ChannelAssignment.Channel;
import io.riffle.runtime.jobgraph.DistributionPattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/** ChannelAssignment: which producer subpartitions each consumer subtask reads. */
public class ChannelAssignmentTest {

    private static final int MAX = 8;

    @Test
    public void everyProducerSubpartitionIsReadByExactlyOneConsumerChannel() {
        for (DistributionPattern pattern : DistributionPattern.values()) {
            for (int producers = 1; producers <= MAX; producers++) {
                for (int consumers = 1; consumers <= MAX; consumers++) {
                    assertEverySubpartitionReadOnce(pattern, producers, consumers);
                }
            }
        }
    }

    private static void assertEverySubpartitionReadOnce(DistributionPattern pattern, int producers, int consumers) {
        String shape = pattern + " " + producers + " -> " + consumers;
        Set<Channel> produced = new HashSet<>();
        for (int producer = 0; producer < producers; producer++) {
            int subpartitions = ChannelAssignment.numberOfSubpartitions(pattern, producer, producers, consumers);
            assertTrue(shape + ": producer " + producer + " has no subpartition", subpartitions >= 1);
            for (int subpartition = 0; subpartition < subpartitions; subpartition++) {
                produced.add(new Channel(producer, subpartition));
            }
        }
        Map<Channel, Integer> readers = new HashMap<>();
        for (int consumer = 0; consumer < consumers; consumer++) {
            List<Channel> channels = ChannelAssignment.channelsOf(pattern, consumer, producers, consumers);
            assertFalse(shape + ": consumer " + consumer + " reads nothing", channels.isEmpty());
            for (Channel channel : channels) {
                Integer previous = readers.put(channel, consumer);
                assertEquals(shape + ": " + channel + " is read by consumers " + previous + " and " + consumer, null, previous);
            }
        }
        assertEquals(shape, produced, readers.keySet());
    }

    @Test
    public void allToAllGivesEveryProducerASubpartitionPerConsumer() {
        for (int producer = 0; producer < 3; producer++) {
            assertEquals(4, ChannelAssignment.numberOfSubpartitions(ALL_TO_ALL, producer, 3, 4));
        }
        for (int consumer = 0; consumer < 4; consumer++) {
            assertEquals(List.of(new Channel(0, consumer), new Channel(1, consumer), new Channel(2, consumer)),
                    ChannelAssignment.channelsOf(ALL_TO_ALL, consumer, 3, 4));
        }
    }

    @Test
    public void pointwiseWithEqualParallelismConnectsSubtaskIToSubtaskI() {
        for (int subtask = 0; subtask < 5; subtask++) {
            assertEquals(1, ChannelAssignment.numberOfSubpartitions(POINTWISE, subtask, 5, 5));
            assertEquals(List.of(new Channel(subtask, 0)), ChannelAssignment.channelsOf(POINTWISE, subtask, 5, 5));
        }
    }

    @Test
    public void pointwiseFromMoreProducersGivesEachConsumerAContiguousRangeOfProducers() {
        assertEquals(List.of(new Channel(0, 0), new Channel(1, 0)), ChannelAssignment.channelsOf(POINTWISE, 0, 4, 2));
        assertEquals(List.of(new Channel(2, 0), new Channel(3, 0)), ChannelAssignment.channelsOf(POINTWISE, 1, 4, 2));
        assertEquals(1, ChannelAssignment.numberOfSubpartitions(POINTWISE, 3, 4, 2));
    }

    @Test
    public void pointwiseToMoreConsumersGivesEachProducerAContiguousRangeOfConsumers() {
        List<Channel> read = new ArrayList<>();
        for (int consumer = 0; consumer < 4; consumer++) {
            List<Channel> channels = ChannelAssignment.channelsOf(POINTWISE, consumer, 2, 4);
            assertEquals(1, channels.size());
            read.add(channels.get(0));
        }

        assertEquals(List.of(new Channel(0, 0), new Channel(0, 1), new Channel(1, 0), new Channel(1, 1)), read);
        assertEquals(2, ChannelAssignment.numberOfSubpartitions(POINTWISE, 0, 2, 4));
        assertEquals(2, ChannelAssignment.numberOfSubpartitions(POINTWISE, 1, 2, 4));
    }

    @Test
    public void pointwiseSpreadsUnevenRatiosWithoutGaps() {
        int total = 0;
        for (int producer = 0; producer < 3; producer++) {
            int subpartitions = ChannelAssignment.numberOfSubpartitions(POINTWISE, producer, 3, 7);
            assertTrue("producer " + producer + " feeds " + subpartitions, subpartitions == 2 || subpartitions == 3);
            total += subpartitions;
        }
        assertEquals(7, total);
    }
}
