package io.riffle.taskmanager.internal.timers;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.Test;

public class KeyedTimerQueueTest {

    private final KeyedTimerQueue<String> queue = new KeyedTimerQueue<>();
    private final List<String> fired = new ArrayList<>();

    private void record(String key, long timestamp) {
        fired.add(key + "@" + timestamp);
    }

    @Test
    public void emptyQueueHasNoEarliestTimestamp() {
        assertEquals(Long.MAX_VALUE, queue.earliestTimestamp());
        assertNull(queue.peek());
        assertNull(queue.poll());
        assertTrue(queue.isEmpty());
    }

    @Test
    public void registeringTheSameKeyAndTimeTwiceKeepsOneTimer() throws Exception {
        assertTrue(queue.add("a", 10));
        assertFalse(queue.add("a", 10));
        assertTrue(queue.add("a", 11));
        assertTrue(queue.add("b", 10));

        assertEquals(3, queue.size());
        queue.advance(100, this::record);
        assertEquals(List.of("a@10", "b@10", "a@11"), fired);
    }

    @Test
    public void deletedTimersDoNotFire() throws Exception {
        queue.add("a", 10);
        queue.add("b", 20);
        queue.add("c", 30);

        assertTrue(queue.delete("b", 20));
        assertFalse(queue.delete("b", 20));
        assertFalse(queue.delete("a", 11));

        queue.advance(100, this::record);
        assertEquals(List.of("a@10", "c@30"), fired);
    }

    @Test
    public void deletingTheEarliestTimerMovesTheEarliestTimestamp() {
        queue.add("a", 10);
        queue.add("b", 20);
        assertEquals(10, queue.earliestTimestamp());

        queue.delete("a", 10);

        assertEquals(20, queue.earliestTimestamp());
    }

    @Test
    public void advanceFiresOnlyDueTimersInTimestampOrderThenInsertionOrder() throws Exception {
        queue.add("late", 50);
        queue.add("x", 20);
        queue.add("y", 10);
        queue.add("z", 20);
        queue.add("w", 30);

        int count = queue.advance(30, this::record);

        assertEquals(4, count);
        assertEquals(List.of("y@10", "x@20", "z@20", "w@30"), fired);
        assertEquals(50, queue.earliestTimestamp());
        assertEquals(1, queue.size());
    }

    @Test
    public void advanceBeforeTheEarliestTimerFiresNothing() throws Exception {
        queue.add("a", 10);
        assertEquals(0, queue.advance(9, this::record));
        assertTrue(fired.isEmpty());
    }

    @Test
    public void timersRegisteredByTheCallbackAtOrBeforeTheTimeFireInTheSameAdvance() throws Exception {
        queue.add("a", 10);
        queue.add("b", 30);

        queue.advance(30, (key, ts) -> {
            record(key, ts);
            if (key.equals("a") && ts == 10) {
                queue.add("a", 20);
                queue.add("a", 40);
            }
            if (key.equals("a") && ts == 20) {
                queue.add("c", 15);
            }
        });

        assertEquals(List.of("a@10", "a@20", "c@15", "b@30"), fired);
        assertEquals(40, queue.earliestTimestamp());
    }

    @Test
    public void callbackMayDeleteTimersThatWereDue() throws Exception {
        queue.add("a", 10);
        queue.add("b", 20);

        queue.advance(30, (key, ts) -> {
            record(key, ts);
            queue.delete("b", 20);
        });

        assertEquals(List.of("a@10"), fired);
        assertTrue(queue.isEmpty());
    }

    @Test
    public void aFiredTimerCanBeRegisteredAgain() throws Exception {
        queue.add("a", 10);
        queue.advance(10, this::record);
        assertFalse(queue.contains("a", 10));

        assertTrue(queue.add("a", 10));
    }

    @Test
    public void anEarlierTimerAddedWhileABucketFiresComesBeforeTheRestOfTheBucket() throws Exception {
        queue.add("a", 20);
        queue.add("b", 20);
        queue.add("c", 20);

        queue.advance(30, (key, ts) -> {
            record(key, ts);
            if (key.equals("a")) {
                queue.add("x", 15);
                queue.add("y", 20);
            }
        });

        assertEquals(List.of("a@20", "x@15", "b@20", "c@20", "y@20"), fired);
        assertTrue(queue.isEmpty());
    }

    @Test
    public void theTimerBeingFiredIsNotQueuedUnlessItsCallbackRegistersItAgain() throws Exception {
        queue.add("a", 10);
        queue.add("b", 10);
        List<Boolean> deleted = new ArrayList<>();

        queue.advance(10, (key, ts) -> {
            record(key, ts);
            if (key.equals("a")) {
                deleted.add(queue.delete("a", 10));
                queue.add("a", 50);
                queue.add("a", 10);
                deleted.add(queue.delete("a", 10));
            }
        });

        assertEquals(List.of(false, true), deleted);
        assertEquals(List.of("a@10", "b@10"), fired);
        assertTrue(queue.contains("a", 50));
        assertEquals(1, queue.size());
    }

    @Test
    public void callbackFailureInTheMiddleOfABucketKeepsItsOtherTimers() throws Exception {
        queue.add("a", 10);
        queue.add("b", 10);
        queue.add("c", 10);

        assertThrows(IllegalStateException.class, () -> queue.advance(10, (key, ts) -> {
            if (key.equals("b")) {
                throw new IllegalStateException("boom");
            }
            record(key, ts);
        }));
        queue.advance(10, this::record);

        assertEquals(List.of("a@10", "c@10"), fired);
        assertTrue(queue.isEmpty());
        assertFalse("nothing is left that looks fired", queue.delete("c", 10));
    }

    @Test
    public void callbackFailureKeepsTheLaterTimers() {
        queue.add("a", 10);
        queue.add("b", 20);

        assertThrows(IllegalStateException.class, () -> queue.advance(30, (key, ts) -> {
            throw new IllegalStateException("boom");
        }));

        assertEquals(1, queue.size());
        assertEquals(20, queue.earliestTimestamp());
    }

    @Test
    public void pollReturnsTimersInOrderAndForgetsThem() {
        queue.add("a", 5);
        queue.add("b", 3);

        KeyedTimer<String> first = queue.poll();

        assertEquals("b", first.key());
        assertEquals(3, first.timestamp());
        assertFalse(queue.contains("b", 3));
        assertEquals("a", queue.peek().key());
    }

    @Test
    public void randomAddsAndDeletesFireExactlyTheRemainingTimersInOrder() throws Exception {
        Random random = new Random(42);
        java.util.Set<String> live = new java.util.HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            long key = random.nextInt(50);
            long ts = random.nextInt(1_000);
            String id = key + "@" + ts;
            if (random.nextInt(3) == 0) {
                assertEquals(live.remove(id), queue.delete(Long.toString(key), ts));
            } else {
                assertEquals(live.add(id), queue.add(Long.toString(key), ts));
            }
        }
        assertEquals(live.size(), queue.size());

        List<Long> timestamps = new ArrayList<>();
        queue.advance(Long.MAX_VALUE, (key, ts) -> {
            assertTrue("fired " + key + "@" + ts + " twice or after delete", live.remove(key + "@" + ts));
            timestamps.add(ts);
        });

        assertTrue("not fired: " + live, live.isEmpty());
        for (int i = 1; i < timestamps.size(); i++) {
            assertTrue("out of order at " + i, timestamps.get(i - 1) <= timestamps.get(i));
        }
    }
}
