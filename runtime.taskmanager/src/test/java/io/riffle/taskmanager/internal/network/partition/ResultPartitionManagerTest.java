package io.riffle.taskmanager.internal.network.partition;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.typeutils.base.LongSerializer;
import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.taskmanager.internal.network.TestingNetwork;
import io.riffle.taskmanager.internal.network.buffer.BufferPoolDestroyedException;
import io.riffle.taskmanager.internal.network.serialization.StreamElementSerializer;
import io.riffle.taskmanager.internal.partitioner.RescalePartitioner;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

public class ResultPartitionManagerTest {

    private final TestingNetwork network = new TestingNetwork(128);
    private final ResultPartitionManager manager = network.partitionManager;
    private final ResultPartitionId id = TestingNetwork.newPartitionId(0);
    private final AtomicInteger notified = new AtomicInteger();

    @Test
    public void theViewOfARegisteredPartitionIsReadyAtOnce() {
        network.partition(id, 2, 4);
        CompletableFuture<ResultSubpartitionView> view = manager.createSubpartitionView(id, 1, notified::incrementAndGet);
        assertTrue(view.isDone());
        assertNotNull(view.join());
    }

    @Test
    public void aViewRequestedBeforeTheProducerRegistersIsHandedOutOnRegistration() throws Exception {
        CompletableFuture<ResultSubpartitionView> view = manager.createSubpartitionView(id, 0, notified::incrementAndGet);
        assertFalse(view.isDone());
        assertEquals(1, manager.getNumberOfPendingViewRequests());

        network.partition(id, 1, 2);
        assertTrue(view.isDone());
        assertEquals(0, manager.getNumberOfPendingViewRequests());
        assertNotNull(view.get());
    }

    @Test
    public void aSubpartitionHasOnlyOneReader() {
        network.partition(id, 1, 2);
        manager.createSubpartitionView(id, 0, notified::incrementAndGet).join();
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> manager.createSubpartitionView(id, 0, notified::incrementAndGet).get());
        assertTrue(e.getCause() instanceof IllegalStateException);
        assertTrue(e.getCause().getMessage(), e.getCause().getMessage().contains("already has a reader"));
    }

    @Test
    public void aSubpartitionIndexOutOfRangeFailsTheView() {
        network.partition(id, 2, 3);
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> manager.createSubpartitionView(id, 2, notified::incrementAndGet).get());
        assertTrue(e.getCause() instanceof IllegalArgumentException);
    }

    @Test
    public void releasingAPartitionWakesItsReaderWithTheCause() throws Exception {
        ResultPartition partition = network.partition(id, 1, 2);
        ResultSubpartitionView view = manager.createSubpartitionView(id, 0, notified::incrementAndGet).get();
        RecordWriter<Long> writer = TestingNetwork.writer(partition, new RescalePartitioner<>(),
                new StreamElementSerializer<>(LongSerializer.INSTANCE), true);
        writer.emit(new StreamRecord<>(1L));
        assertEquals(1, notified.get());

        RuntimeException cause = new RuntimeException("producer failed");
        manager.releasePartition(id, cause);
        assertEquals("the reader is woken", 2, notified.get());
        PartitionReleasedException e = assertThrows(PartitionReleasedException.class, view::getNextBuffer);
        assertSame(cause, e.getCause());
        assertFalse(manager.isRegistered(id));
        assertEquals("queued buffers were recycled", 0, partition.getBufferPool().getNumberOfBuffersInUse());
        assertThrows(BufferPoolDestroyedException.class, () -> writer.emit(new StreamRecord<>(2L)));
    }

    @Test
    public void releasingAPartitionThatNeverRegisteredFailsItsWaitingViews() {
        CompletableFuture<ResultSubpartitionView> view = manager.createSubpartitionView(id, 0, notified::incrementAndGet);
        RuntimeException cause = new RuntimeException("producer cancelled before it started");
        manager.releasePartition(id, cause);
        ExecutionException e = assertThrows(ExecutionException.class, view::get);
        assertTrue(e.getCause() instanceof PartitionReleasedException);
        assertSame(cause, e.getCause().getCause());
    }

    @Test
    public void aCancelledViewRequestIsForgotten() {
        CompletableFuture<ResultSubpartitionView> view = manager.createSubpartitionView(id, 0, notified::incrementAndGet);
        view.cancel(false);
        assertEquals(0, manager.getNumberOfPendingViewRequests());

        ResultPartition partition = network.partition(id, 1, 2);
        CompletableFuture<ResultSubpartitionView> again = manager.createSubpartitionView(id, 0, notified::incrementAndGet);
        assertTrue("the subpartition is still free for a new reader", again.isDone() && !again.isCompletedExceptionally());
        assertFalse(partition.isReleased());
    }

    @Test
    public void aPartitionIsReleasedOnceEveryReaderReleasedItsView() throws Exception {
        ResultPartition partition = network.partition(id, 2, 3);
        ResultSubpartitionView first = manager.createSubpartitionView(id, 0, notified::incrementAndGet).get();
        ResultSubpartitionView second = manager.createSubpartitionView(id, 1, notified::incrementAndGet).get();

        first.releaseAllResources();
        first.releaseAllResources();
        assertTrue(manager.isRegistered(id));
        assertFalse(partition.isReleased());
        second.releaseAllResources();
        assertFalse(manager.isRegistered(id));
        assertTrue(partition.isReleased());
        assertTrue(partition.getBufferPool().isDestroyed());
    }

    @Test
    public void registeringAPartitionTwiceFails() {
        ResultPartition partition = network.partition(id, 1, 2);
        assertThrows(IllegalStateException.class, () -> manager.registerResultPartition(partition));
    }
}
