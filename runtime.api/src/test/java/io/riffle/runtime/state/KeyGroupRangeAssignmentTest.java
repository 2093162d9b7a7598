package io.riffle.runtime.state;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class KeyGroupRangeAssignmentTest {

    private static final int[] MAX_PARALLELISMS = {1, 2, 3, 7, 10, 127, 128, 129, 1000, 4096, 32768};

    @Test
    public void rangesOfAllSubtasksCoverEveryKeyGroupOnceInOrder() {
        for (int maxP : MAX_PARALLELISMS) {
            for (int p : parallelismsFor(maxP)) {
                int expectedStart = 0;
                for (int i = 0; i < p; i++) {
                    KeyGroupRange range = KeyGroupRangeAssignment.computeKeyGroupRangeForOperatorIndex(maxP, p, i);
                    String pair = "maxP=" + maxP + " p=" + p + " subtask " + i;
                    assertEquals(pair + " starts where the previous range ended", expectedStart, range.startKeyGroup());
                    assertTrue(pair + " is not empty", range.numberOfKeyGroups() >= 1);
                    expectedStart = range.endKeyGroup() + 1;
                }
                assertEquals("maxP=" + maxP + " p=" + p + " covers all key groups", maxP, expectedStart);
            }
        }
    }

    @Test
    public void rangeSizesDifferByAtMostOne() {
        for (int maxP : MAX_PARALLELISMS) {
            for (int p : parallelismsFor(maxP)) {
                int min = Integer.MAX_VALUE;
                int max = 0;
                for (int i = 0; i < p; i++) {
                    int n = KeyGroupRangeAssignment.computeKeyGroupRangeForOperatorIndex(maxP, p, i).numberOfKeyGroups();
                    min = Math.min(min, n);
                    max = Math.max(max, n);
                }
                assertTrue("maxP=" + maxP + " p=" + p + ": sizes " + min + ".." + max, max - min <= 1);
            }
        }
    }

    @Test
    public void everyKeyGroupIsAssignedToTheSubtaskWhoseRangeContainsIt() {
        for (int maxP : MAX_PARALLELISMS) {
            for (int p : parallelismsFor(maxP)) {
                for (int i = 0; i < p; i++) {
                    KeyGroupRange range = KeyGroupRangeAssignment.computeKeyGroupRangeForOperatorIndex(maxP, p, i);
                    for (int kg = range.startKeyGroup(); kg <= range.endKeyGroup(); kg++) {
                        assertEquals("maxP=" + maxP + " p=" + p + " key group " + kg,
                                i, KeyGroupRangeAssignment.computeOperatorIndexForKeyGroup(maxP, p, kg));
                    }
                }
            }
        }
    }

    @Test
    public void aKeysOperatorIndexIsTheSubtaskWhoseRangeContainsItsKeyGroup() {
        int[][] pairs = {{128, 1}, {128, 3}, {128, 4}, {128, 128}, {1000, 7}, {32768, 13}};
        for (int[] pair : pairs) {
            int maxP = pair[0];
            int p = pair[1];
            for (int k = 0; k < 2_000; k++) {
                Object key = k % 2 == 0 ? "key-" + k : Integer.valueOf(k);
                int subtask = KeyGroupRangeAssignment.assignKeyToParallelOperator(key, maxP, p);
                int keyGroup = KeyGroupRangeAssignment.assignToKeyGroup(key, maxP);
                KeyGroupRange range = KeyGroupRangeAssignment.computeKeyGroupRangeForOperatorIndex(maxP, p, subtask);
                assertTrue("key " + key + " in group " + keyGroup + " sent to subtask " + subtask + " owning " + range,
                        range.contains(keyGroup));
            }
        }
    }

    @Test
    public void keyGroupsAreWithinRangeForAllHashCodes() {
        int[] hashes = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 42, -42, 0x5bd1e995};
        for (int maxP : MAX_PARALLELISMS) {
            for (int hash : hashes) {
                int kg = KeyGroupRangeAssignment.computeKeyGroupForKeyHash(hash, maxP);
                assertTrue("hash " + hash + " maxP " + maxP + " -> " + kg, kg >= 0 && kg < maxP);
            }
        }
    }

    @Test
    public void tenThousandStringKeysSpreadEvenlyOver128KeyGroups() {
        int groups = KeyGroupRangeAssignment.DEFAULT_MAX_PARALLELISM;
        int[] counts = new int[groups];
        int keys = 10_000;
        for (int k = 0; k < keys; k++) {
            counts[KeyGroupRangeAssignment.assignToKeyGroup("word" + k, groups)]++;
        }
        // Expected 78.1 per group, binomial standard deviation 8.8: 40..120 is beyond 4 deviations.
        double chiSquared = 0;
        double expected = (double) keys / groups;
        for (int kg = 0; kg < groups; kg++) {
            assertTrue("key group " + kg + " has " + counts[kg] + " keys", counts[kg] >= 40 && counts[kg] <= 120);
            chiSquared += (counts[kg] - expected) * (counts[kg] - expected) / expected;
        }
        // 127 degrees of freedom: the 99.9th percentile is about 181.
        assertTrue("chi-squared " + chiSquared, chiSquared < 181);
    }

    @Test
    public void smallIntegerKeysSpreadOverAllKeyGroups() {
        boolean[] seen = new boolean[128];
        for (int k = 0; k < 2_000; k++) {
            seen[KeyGroupRangeAssignment.assignToKeyGroup(k, 128)] = true;
        }
        for (int kg = 0; kg < seen.length; kg++) {
            assertTrue("no small integer key landed in key group " + kg, seen[kg]);
        }
    }

    @Test
    public void nullKeyIsRejected() {
        assertThrows(NullPointerException.class, () -> KeyGroupRangeAssignment.assignToKeyGroup(null, 128));
    }

    @Test
    public void invalidParallelismsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> KeyGroupRangeAssignment.checkParallelism(0, 1));
        assertThrows(IllegalArgumentException.class,
                () -> KeyGroupRangeAssignment.checkParallelism(KeyGroupRangeAssignment.UPPER_BOUND_MAX_PARALLELISM + 1, 1));
        assertThrows(IllegalArgumentException.class, () -> KeyGroupRangeAssignment.checkParallelism(128, 0));
        assertThrows(IllegalArgumentException.class, () -> KeyGroupRangeAssignment.checkParallelism(128, 129));
        assertThrows(IllegalArgumentException.class, () -> KeyGroupRangeAssignment.computeKeyGroupRangeForOperatorIndex(128, 4, 4));
        assertThrows(IllegalArgumentException.class, () -> KeyGroupRangeAssignment.computeKeyGroupRangeForOperatorIndex(128, 4, -1));
    }

    /** Parallelisms worth checking for {@code maxP}: small ones, maxP itself, and a few in between. */
    private static int[] parallelismsFor(int maxP) {
        return java.util.stream.IntStream.of(1, 2, 3, 4, 5, 7, 8, 13, 64, 100, 127, 128, maxP / 2, maxP - 1, maxP)
                .filter(p -> p >= 1 && p <= maxP)
                .distinct()
                .toArray();
    }
}
