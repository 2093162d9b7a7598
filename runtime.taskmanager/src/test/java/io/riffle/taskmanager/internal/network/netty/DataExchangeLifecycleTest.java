package io.riffle.taskmanager.internal.network.netty;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.taskmanager.internal.network.TestingConditions;
import io.riffle.taskmanager.internal.network.TestingNetwork;
import io.riffle.taskmanager.internal.network.gate.SingleInputGate;
import io.riffle.taskmanager.internal.network.partition.ResultPartitionManager;
import java.net.ServerSocket;
import org.junit.Test;

/** Starting and stopping a TaskManager's data exchange: the location it announces, and no thread left behind. */
public class DataExchangeLifecycleTest {

    private static boolean threadsAlive(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith(prefix) && t.isAlive());
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 2)
    public void closingStopsEveryConnectionAndIoThread() throws Exception {
        TestingExchange producer = new TestingExchange("lifecycle-producer", 1024, 2, 0);
        TestingExchange consumer = new TestingExchange("lifecycle-consumer", 1024, 2, 0);
        ResultPartitionId id = TestingNetwork.newPartitionId(0);
        producer.network.partition(id, 1, 4);
        SingleInputGate gate = consumer.remoteGate("Consumer (1/1)", producer, null, 0, id);
        gate.requestPartitions();
        TestingConditions.waitUntil("the consumer is connected", () -> producer.exchange.serverCounters().creditGranted() == 2);
        assertTrue(threadsAlive("riffle-data-lifecycle-"));

        gate.close();
        consumer.close();
        producer.close();
        TestingConditions.waitUntil("the I/O threads have ended", () -> !threadsAlive("riffle-data-lifecycle-"));
        assertEquals(0, consumer.exchange.numberOfClientConnections());
    }

    @Test
    public void theLocationNamesTheConfiguredHostAndTheActualPort() {
        try (DataExchange exchange = DataExchange.start(new ResourceId("located"), "127.0.0.1", 0, new ResultPartitionManager(),
                ExchangeSettings.defaults(32 * 1024))) {
            assertEquals("127.0.0.1", exchange.location().host());
            assertTrue(exchange.location().hasDataServer());
            assertTrue(exchange.isLocal(exchange.location()));
            assertTrue("a producer without data server is read in memory",
                    exchange.isLocal(TaskManagerLocation.inJvm(new ResourceId("other"))));
            assertFalse(exchange.isLocal(new TaskManagerLocation(new ResourceId("other"), "127.0.0.1", 1)));
        }
    }

    @Test
    public void aPortInUseFailsTheStartWithTheAddressAndLeavesNoThread() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> DataExchange.start(new ResourceId("clash"),
                    "127.0.0.1", taken.getLocalPort(), new ResultPartitionManager(), ExchangeSettings.defaults(32 * 1024)));
            assertTrue(failure.getMessage(), failure.getMessage().contains("cannot bind the data server to 127.0.0.1:" + taken.getLocalPort()));
        }
        TestingConditions.waitUntil("the I/O threads have ended", () -> !threadsAlive("riffle-data-clash-"));
    }

    @Test
    public void aNetworkBufferLargerThanTheMaximumFrameIsRefused() {
        ExchangeSettings settings = new ExchangeSettings(2, 8, ExchangeSettings.MIN_MAX_FRAME_SIZE, 1, ExchangeSettings.DEFAULT_CONNECT_TIMEOUT);
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> settings.checkFits(32 * 1024));
        assertTrue(failure.getMessage(), failure.getMessage().contains("does not fit the maximum frame size"));
        assertEquals(32 * 1024 + 29, ExchangeSettings.defaults(32 * 1024).maxFrameSize());
    }
}
