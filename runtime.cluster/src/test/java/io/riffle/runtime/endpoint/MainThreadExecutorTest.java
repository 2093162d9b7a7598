package io.riffle.runtime.endpoint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

public class MainThreadExecutorTest {

    @Test
    public void runsTasksInOrderOnOneThreadAndSurvivesFailingTasks() throws Exception {
        try (MainThreadExecutor executor = new MainThreadExecutor("test-main", 16)) {
            List<Integer> seen = new ArrayList<>();
            executor.execute(() -> seen.add(1));
            executor.execute(() -> {
                throw new IllegalStateException("expected by the test");
            });
            executor.execute(() -> seen.add(2));
            assertTrue(executor.supply(executor::isMainThread).get(10, TimeUnit.SECONDS));
            assertEquals(List.of(1, 2), executor.supply(() -> List.copyOf(seen)).get(10, TimeUnit.SECONDS));
            assertFalse(executor.isMainThread());
        }
    }

    @Test
    public void rejectsWorkBeyondItsQueueInsteadOfGrowing() throws Exception {
        try (MainThreadExecutor executor = new MainThreadExecutor("test-main", 1)) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch running = new CountDownLatch(1);
            executor.execute(() -> {
                running.countDown();
                awaitQuietly(release);
            });
            assertTrue(running.await(10, TimeUnit.SECONDS));
            executor.execute(() -> { });
            RejectedExecutionException e = assertThrows(RejectedExecutionException.class, () -> executor.execute(() -> { }));
            assertTrue(e.getMessage(), e.getMessage().contains("test-main is overloaded"));
            release.countDown();
        }
    }

    @Test
    public void rejectsWorkOnceClosed() {
        MainThreadExecutor executor = new MainThreadExecutor("test-main", 1);
        executor.close();
        RejectedExecutionException e = assertThrows(RejectedExecutionException.class, () -> executor.execute(() -> { }));
        assertEquals("test-main is stopped", e.getMessage());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
