package io.riffle.taskmanager.internal.memory;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.Test;

public class SlotMemoryTest {

    private static final long MIB = 1 << 20;

    private final SlotMemory slot = new MemoryManager("taskmanager-1", 128 * MIB, 2).slot(1);

    @Test
    public void reservationsAddUpPerOwnerAndReleasesGiveBack() throws Exception {
        slot.reserve("state backend", 10 * MIB);
        slot.reserve("sorter", 20 * MIB);
        slot.reserve("state backend", 5 * MIB);

        assertEquals(35 * MIB, slot.reserved());
        assertEquals(15 * MIB, slot.reservedBy("state backend"));

        slot.release("state backend", 15 * MIB);
        slot.release("sorter", 5 * MIB);

        assertEquals(15 * MIB, slot.reserved());
        assertEquals(0, slot.reservedBy("state backend"));
        assertEquals(15 * MIB, slot.reservedBy("sorter"));
    }

    @Test
    public void theWholeShareCanBeReserved() throws Exception {
        slot.reserve("sorter", 64 * MIB);

        assertEquals(slot.size(), slot.reserved());
    }

    @Test
    public void aReservationBeyondTheShareFailsNamingSlotSizeOwnersAndRequest() throws Exception {
        slot.reserve("state backend", 40 * MIB);
        slot.reserve("sorter", 20 * MIB);

        MemoryReservationException e = assertThrows(MemoryReservationException.class, () -> slot.reserve("window buffer", 5 * MIB));

        assertEquals("cannot reserve 5242880 bytes (5m) of managed memory for window buffer in slot taskmanager-1/1: the slot has "
                + "67108864 bytes (64m), of which 62914560 bytes (60m) are reserved (by sorter: 20971520 bytes (20m), "
                + "state backend: 41943040 bytes (40m)); raise taskmanager.memory.managed.size or use fewer slots per TaskManager",
                e.getMessage());
        assertEquals("a refused reservation reserves nothing", 60 * MIB, slot.reserved());
        assertEquals(0, slot.reservedBy("window buffer"));
    }

    @Test
    public void releasingMoreThanReservedIsABookkeepingError() throws Exception {
        slot.reserve("sorter", 10 * MIB);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> slot.release("sorter", 10 * MIB + 1));
        assertEquals("sorter cannot release 10485761 bytes of managed memory in slot taskmanager-1/1: it has "
                + "10485760 bytes (10m) reserved", e.getMessage());
        assertEquals(10 * MIB, slot.reserved());

        assertThrows(IllegalStateException.class, () -> slot.release("someone else", 1));
    }

    @Test
    public void negativeAmountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> slot.reserve("sorter", -1));
        assertThrows(IllegalArgumentException.class, () -> slot.release("sorter", -1));
    }

    @Test
    public void releaseAllReportsWhatEachOwnerLeftAndEmptiesTheSlot() throws Exception {
        slot.reserve("sorter", 3 * MIB);
        slot.reserve("state backend", 4 * MIB);

        assertEquals(Map.of("sorter", 3 * MIB, "state backend", 4 * MIB), slot.releaseAll());

        assertEquals(0, slot.reserved());
        assertEquals(Map.of(), slot.releaseAll());
        slot.reserve("next job", 64 * MIB);
    }

    /**
     * Threads reserve and release concurrently, each owner its own chunks; what they hold at once
     * never exceeds the share, and all is given back at the end.
     */
    @Test
    public void concurrentReservationsNeverExceedTheShare() throws Exception {
        int threads = 8;
        int rounds = 20_000;
        long chunk = slot.size() / 3; // at most three chunks fit: the threads compete
        AtomicLong held = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String owner = "operator-" + t;
                workers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < rounds; i++) {
                        try {
                            slot.reserve(owner, chunk);
                        } catch (MemoryReservationException e) {
                            continue; // the share is taken by others for now: try again
                        }
                        // counted after the reservation and uncounted before the release: held never exceeds what is reserved
                        long now = held.addAndGet(chunk);
                        if (now > slot.size()) {
                            fail("threads hold " + now + " bytes of a " + slot.size() + " byte share");
                        }
                        held.addAndGet(-chunk);
                        slot.release(owner, chunk);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, slot.reserved());
        assertEquals(Map.of(), slot.releaseAll());
    }
}
