package io.riffle.taskmanager.internal.network.buffer;

import static io.riffle.taskmanager.internal.network.TestingConditions.isParked;
import static io.riffle.taskmanager.internal.network.TestingConditions.waitUntil;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.taskmanager.internal.network.TestingConditions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

public class LocalBufferPoolTest {

    private final NetworkBufferPool networkPool = new NetworkBufferPool(10, 128);

    private static List<Buffer> requestAll(LocalBufferPool pool) {
        List<Buffer> buffers = new ArrayList<>();
        Buffer buffer;
        while ((buffer = pool.requestBuffer()) != null) {
            buffers.add(buffer);
        }
        return buffers;
    }

    /** Runs a blocking request on its own thread; returns the future of its buffer. */
    private static CompletableFuture<Buffer> requestOnThread(LocalBufferPool pool, Thread[] threadOut) {
        CompletableFuture<Buffer> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(pool.requestBufferBlocking());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "blocked-requester");
        threadOut[0] = thread;
        thread.start();
        return result;
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 3)
    public void aPoolHandsOutExactlyItsNumberOfBuffers() {
        LocalBufferPool pool = networkPool.createBufferPool(4, "test pool");
        List<Buffer> buffers = requestAll(pool);
        assertEquals(4, buffers.size());
        assertEquals(4, pool.getNumberOfBuffersInUse());
        assertNull(pool.requestBuffer());
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 3)
    public void segmentsAreAllocatedOnFirstUseOnly() {
        LocalBufferPool pool = networkPool.createBufferPool(4, "test pool");
        assertEquals(0, networkPool.getNumberOfAllocatedSegments());
        Buffer buffer = pool.requestBuffer();
        buffer.recycle();
        pool.requestBuffer();
        assertEquals("a recycled buffer is reused", 1, networkPool.getNumberOfAllocatedSegments());
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 3)
    public void aRecycledBufferComesBackEmpty() {
        LocalBufferPool pool = networkPool.createBufferPool(1, "test pool");
        Buffer buffer = pool.requestBuffer();
        buffer.append(new byte[] {1, 2, 3}, 0, 3);
        buffer.markAsEvent();
        buffer.recycle();
        Buffer again = pool.requestBuffer();
        assertSame(buffer, again);
        assertEquals(0, again.readableBytes());
        assertFalse(again.isEvent());
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 3)
    public void poolsBeyondTheNetworkMemoryAreRefusedNamingTheOwner() {
        networkPool.createBufferPool(8, "partition A");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> networkPool.createBufferPool(3, "partition B"));
        assertTrue(e.getMessage(), e.getMessage().contains("partition B") && e.getMessage().contains("2 of 10"));
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 3)
    public void aBlockingRequestParksUntilABufferIsRecycled() throws Exception {
        LocalBufferPool pool = networkPool.createBufferPool(2, "test pool");
        List<Buffer> buffers = requestAll(pool);
        Thread[] requester = new Thread[1];
        CompletableFuture<Buffer> blocked = requestOnThread(pool, requester);
        waitUntil("the requester waits for a buffer", pool::hasWaitingRequester);
        waitUntil("the requester is parked", () -> isParked(requester[0]));
        assertFalse(blocked.isDone());

        buffers.get(1).recycle();
        assertSame(buffers.get(1), blocked.get(30, TimeUnit.SECONDS));
        assertEquals(2, pool.getNumberOfBuffersInUse());
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 3)
    public void destroyWakesABlockedRequesterWithAnException() throws Exception {
        LocalBufferPool pool = networkPool.createBufferPool(1, "result partition X");
        requestAll(pool);
        Thread[] requester = new Thread[1];
        CompletableFuture<Buffer> blocked = requestOnThread(pool, requester);
        waitUntil("the requester waits for a buffer", pool::hasWaitingRequester);

        pool.destroy();
        ExecutionException e = assertThrows(ExecutionException.class, () -> blocked.get(30, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof BufferPoolDestroyedException);
        assertTrue(e.getCause().getMessage(), e.getCause().getMessage().contains("result partition X"));
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 3)
    public void interruptWakesABlockedRequester() throws Exception {
        LocalBufferPool pool = networkPool.createBufferPool(1, "test pool");
        requestAll(pool);
        Thread[] requester = new Thread[1];
        CompletableFuture<Buffer> blocked = requestOnThread(pool, requester);
        waitUntil("the requester waits for a buffer", pool::hasWaitingRequester);

        requester[0].interrupt();
        ExecutionException e = assertThrows(ExecutionException.class, () -> blocked.get(30, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof InterruptedException);
        assertFalse(pool.hasWaitingRequester());
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 3)
    public void requestsAfterDestroyFail() {
        LocalBufferPool pool = networkPool.createBufferPool(1, "test pool");
        pool.destroy();
        assertThrows(BufferPoolDestroyedException.class, pool::requestBuffer);
        assertThrows(BufferPoolDestroyedException.class, pool::requestBufferBlocking);
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 3)
    public void buffersOfADestroyedPoolReturnToTheNetworkPoolWhenRecycled() {
        LocalBufferPool pool = networkPool.createBufferPool(6, "test pool");
        List<Buffer> buffers = requestAll(pool);
        buffers.get(0).recycle();
        assertEquals(4, networkPool.getNumberOfUnreservedSegments());

        pool.destroy();
        assertEquals("the idle buffer's reservation ends at once", 5, networkPool.getNumberOfUnreservedSegments());
        for (int i = 1; i < buffers.size(); i++) {
            buffers.get(i).recycle();
        }
        assertEquals(10, networkPool.getNumberOfUnreservedSegments());
        assertEquals(0, pool.getNumberOfBuffersInUse());

        LocalBufferPool next = networkPool.createBufferPool(10, "next pool");
        assertEquals(10, requestAll(next).size());
        assertEquals("segments are reused, not allocated again", 10, networkPool.getNumberOfAllocatedSegments());
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 3)
    public void recyclingABufferTwiceFails() {
        LocalBufferPool pool = networkPool.createBufferPool(2, "test pool");
        Buffer buffer = pool.requestBuffer();
        buffer.recycle();
        assertThrows(IllegalStateException.class, buffer::recycle);
        assertNotNull(pool.requestBuffer());
    }
}
