package io.riffle.taskmanager.internal.partitioner;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import java.util.HashSet;
import java.util.Set;
import org.junit.Test;

public class RoundRobinPartitionersTest {

    private final StreamRecord<String> record = new StreamRecord<>("x");

    private static int[] distribute(ChannelSelector<String> selector, int channels, int records) {
        selector.setup(channels);
        int[] counts = new int[channels];
        StreamRecord<String> record = new StreamRecord<>("x");
        for (int i = 0; i < records; i++) {
            counts[selector.selectChannel(record)]++;
        }
        return counts;
    }

    @Test
    public void rebalanceVisitsEveryChannelEvenly() {
        for (int count : distribute(new RebalancePartitioner<>(), 7, 7 * 1000)) {
            assertEquals(1000, count);
        }
    }

    @Test
    public void rebalanceCyclesThroughTheChannelsInOrder() {
        RebalancePartitioner<String> partitioner = new RebalancePartitioner<>();
        partitioner.setup(4);
        int first = partitioner.selectChannel(record);
        for (int i = 1; i < 12; i++) {
            assertEquals((first + i) % 4, partitioner.selectChannel(record));
        }
    }

    @Test
    public void rebalanceProducersStartAtRandomChannels() {
        Set<Integer> starts = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            RebalancePartitioner<String> partitioner = new RebalancePartitioner<>();
            partitioner.setup(4);
            starts.add(partitioner.selectChannel(record));
        }
        // The chance that 200 uniform starts miss a channel is below 4 * 0.75^200.
        assertEquals(4, starts.size());
    }

    @Test
    public void rescaleStartsAtTheFirstChannelAndCycles() {
        RescalePartitioner<String> partitioner = new RescalePartitioner<>();
        partitioner.setup(3);
        for (int i = 0; i < 9; i++) {
            assertEquals(i % 3, partitioner.selectChannel(record));
        }
    }

    @Test
    public void shuffleUsesEveryChannelRoughlyEvenly() {
        int[] counts = distribute(new ShufflePartitioner<>(), 4, 40_000);
        for (int count : counts) {
            // Expected 10,000 each; 9,000..11,000 is more than 20 standard deviations wide.
            assertTrue("count " + count, count > 9_000 && count < 11_000);
        }
    }
}
