package io.riffle.taskmanager.internal.timers;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** The keys of one timestamp: registration order, each key once, deletions, and a bounded queue. */
public class TimerBucketTest {

    private static List<String> drain(TimerBucket<String> bucket) {
        List<String> keys = new ArrayList<>();
        while (!bucket.isEmpty()) {
            keys.add(bucket.pollFirst());
        }
        return keys;
    }

    @Test
    public void keysComeOutInRegistrationOrderEachOnce() {
        TimerBucket<String> bucket = new TimerBucket<>();
        assertTrue(bucket.add("a"));
        assertFalse(bucket.add("a"));
        assertTrue(bucket.add("b"));
        assertTrue(bucket.add("c"));
        assertFalse(bucket.add("b"));

        assertEquals("a", bucket.first());
        assertEquals(List.of("a", "b", "c"), drain(bucket));
    }

    @Test
    public void aDeletedKeyIsSkippedAndAReAddedOneTakesItsNewPlace() {
        TimerBucket<String> bucket = new TimerBucket<>();
        bucket.add("a");
        bucket.add("b");
        bucket.add("c");
        assertTrue(bucket.remove("a"));
        assertFalse(bucket.remove("a"));
        bucket.add("a");
        assertTrue(bucket.remove("c"));

        assertTrue(bucket.contains("a"));
        assertFalse(bucket.contains("c"));
        assertEquals("b", bucket.first());
        assertEquals(List.of("b", "a"), drain(bucket));
    }

    @Test
    public void aSingleKeyIsDeletedAndReAdded() {
        TimerBucket<String> bucket = new TimerBucket<>();
        bucket.add("a");
        assertTrue(bucket.remove("a"));
        assertTrue(bucket.isEmpty());
        assertTrue(bucket.add("b"));
        assertEquals(List.of("b"), drain(bucket));
    }

    @Test
    public void deletingAndReAddingForeverKeepsTheQueueBounded() {
        TimerBucket<String> bucket = new TimerBucket<>();
        bucket.add("x");
        bucket.add("y");
        for (int i = 0; i < 10_000; i++) {
            bucket.remove("y");
            bucket.add("y");
        }

        assertTrue("queued: " + bucket.queued(), bucket.queued() <= 2 * 2 + 16 + 1);
        assertEquals(List.of("x", "y"), drain(bucket));
    }
}
