package io.riffle.taskmanager.internal.partitioner;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.runtime.state.KeyGroupRangeAssignment;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import org.junit.Test;

public class KeyGroupStreamPartitionerTest {

    private record Order(String customer, long amount) {}

    @Test
    public void theChannelIsTheSubtaskThatOwnsTheKeysKeyGroup() {
        KeyGroupStreamPartitioner<Order, String> partitioner = new KeyGroupStreamPartitioner<>(Order::customer, 128);
        partitioner.setup(5);
        int[] counts = new int[5];
        for (int i = 0; i < 10_000; i++) {
            String customer = "customer-" + i;
            int channel = partitioner.selectChannel(new StreamRecord<>(new Order(customer, i)));
            assertEquals(KeyGroupRangeAssignment.assignKeyToParallelOperator(customer, 128, 5), channel);
            assertTrue(KeyGroupRangeAssignment.computeKeyGroupRangeForOperatorIndex(128, 5, channel)
                    .contains(KeyGroupRangeAssignment.assignToKeyGroup(customer, 128)));
            counts[channel]++;
        }
        for (int count : counts) {
            assertTrue("every subtask gets keys: " + count, count > 1000);
        }
    }

    @Test
    public void aNullKeyFailsNamingTheFix() {
        KeyGroupStreamPartitioner<Order, String> partitioner = new KeyGroupStreamPartitioner<>(Order::customer, 128);
        partitioner.setup(2);
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> partitioner.selectChannel(new StreamRecord<>(new Order(null, 1))));
        assertTrue(e.getMessage(), e.getMessage().contains("null key") && e.getMessage().contains("Order"));
        assertTrue(e.getMessage(), e.getMessage().contains("sentinel"));
    }

    @Test
    public void aFailingKeySelectorIsWrappedWithContext() {
        IllegalStateException failure = new IllegalStateException("no customer field");
        KeyGroupStreamPartitioner<Order, String> partitioner = new KeyGroupStreamPartitioner<>(order -> {
            throw failure;
        }, 128);
        partitioner.setup(2);
        KeySelectionException e = assertThrows(KeySelectionException.class,
                () -> partitioner.selectChannel(new StreamRecord<>(new Order("a", 1))));
        assertSame(failure, e.getCause());
        assertTrue(e.getMessage(), e.getMessage().contains("Order") && e.getMessage().contains("no customer field"));
    }

    @Test
    public void moreChannelsThanKeyGroupsAreRefused() {
        KeyGroupStreamPartitioner<Order, String> partitioner = new KeyGroupStreamPartitioner<>(Order::customer, 4);
        assertThrows(IllegalArgumentException.class, () -> partitioner.setup(5));
    }
}
