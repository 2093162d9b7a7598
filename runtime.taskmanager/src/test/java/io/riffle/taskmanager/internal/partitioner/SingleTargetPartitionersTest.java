package io.riffle.taskmanager.internal.partitioner;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.runtime.state.KeyGroupRangeAssignment;
import io.riffle.streaming.api.transformations.Partitioning;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import org.junit.Test;

public class SingleTargetPartitionersTest {

    private final StreamRecord<String> record = new StreamRecord<>("x");

    @Test
    public void forwardAlwaysWritesItsOnlyChannel() {
        ForwardPartitioner<String> partitioner = new ForwardPartitioner<>();
        partitioner.setup(1);
        assertEquals(0, partitioner.selectChannel(record));
        assertFalse(partitioner.isBroadcast());
    }

    @Test
    public void forwardRefusesMoreThanOneChannel() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ForwardPartitioner<String>().setup(3));
        assertTrue(e.getMessage(), e.getMessage().contains("parallelism must be equal"));
    }

    @Test
    public void globalSendsEverythingToTheFirstChannel() {
        GlobalPartitioner<String> partitioner = new GlobalPartitioner<>();
        partitioner.setup(4);
        assertEquals(0, partitioner.selectChannel(record));
    }

    @Test
    public void broadcastIsBroadcastAndPicksNoSingleChannel() {
        BroadcastPartitioner<String> partitioner = new BroadcastPartitioner<>();
        partitioner.setup(3);
        assertTrue(partitioner.isBroadcast());
        assertThrows(UnsupportedOperationException.class, () -> partitioner.selectChannel(record));
    }

    @Test
    public void theFactoryBuildsTheSelectorOfEachPartitioningKind() {
        assertTrue(ChannelSelectorFactory.create(Partitioning.of(Partitioning.Kind.FORWARD), 128) instanceof ForwardPartitioner);
        assertTrue(ChannelSelectorFactory.create(Partitioning.of(Partitioning.Kind.REBALANCE), 128) instanceof RebalancePartitioner);
        assertTrue(ChannelSelectorFactory.create(Partitioning.of(Partitioning.Kind.RESCALE), 128) instanceof RescalePartitioner);
        assertTrue(ChannelSelectorFactory.create(Partitioning.of(Partitioning.Kind.SHUFFLE), 128) instanceof ShufflePartitioner);
        assertTrue(ChannelSelectorFactory.create(Partitioning.of(Partitioning.Kind.BROADCAST), 128) instanceof BroadcastPartitioner);
        assertTrue(ChannelSelectorFactory.create(Partitioning.of(Partitioning.Kind.GLOBAL), 128) instanceof GlobalPartitioner);
        ChannelSelector<String> hash = ChannelSelectorFactory.create(Partitioning.hash((String s) -> s, null), 16);
        assertTrue(hash instanceof KeyGroupStreamPartitioner);
        hash.setup(4);
        assertEquals(KeyGroupRangeAssignment.assignKeyToParallelOperator("x", 16, 4), hash.selectChannel(record));
    }
}
