package io.riffle.taskmanager.internal.network.netty;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.Future;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.taskmanager.internal.network.buffer.LocalBufferPool;
import io.riffle.taskmanager.internal.network.buffer.NetworkBufferPool;
import io.riffle.taskmanager.internal.network.gate.SingleInputGate;
import io.riffle.taskmanager.internal.network.partition.ResultPartitionManager;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TaskManager's data exchange with other TaskManagers: its data server, which serves the
 * partitions of its {@link ResultPartitionManager}, and its connections to the others' servers,
 * through which its {@link RemoteInputChannel}s read. Both share one group of Netty I/O threads.
 * Closing it closes every connection (consumers of this TaskManager's partitions fail with a lost
 * connection) and stops the threads.
 */
public final class DataExchange implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DataExchange.class);
    private static final long SHUTDOWN_TIMEOUT_SECONDS = 10;

    private final TaskManagerLocation location;
    private final ExchangeSettings settings;
    private final EventLoopGroup group;
    private final DataServer server;
    private final DataClient client;

    private DataExchange(ResourceId resourceId, String host, ExchangeSettings settings, EventLoopGroup group, DataServer server) {
        this.settings = settings;
        this.group = group;
        this.server = server;
        this.client = new DataClient(group, settings);
        // The configured host, as given: other TaskManagers connect to it (a resolved or wildcard address may not work for them).
        this.location = new TaskManagerLocation(resourceId, host, server.address().getPort());
    }

    /**
     * Starts the data server of TaskManager {@code resourceId} on {@code host:port} (0: a free
     * port) and returns once it listens; {@link #location()} then names the actual port.
     */
    public static DataExchange start(ResourceId resourceId, String host, int port, ResultPartitionManager partitions,
            ExchangeSettings settings) {
        Objects.requireNonNull(resourceId, "resourceId");
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(settings.ioThreads(),
                new DefaultThreadFactory("riffle-data-" + resourceId, true), NioIoHandler.newFactory());
        try {
            return new DataExchange(resourceId, host, settings, group, DataServer.bind(group, host, port, partitions, settings));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shutdown(group);
            throw new IllegalStateException("interrupted while binding the data server of " + resourceId, e);
        } catch (RuntimeException e) {
            shutdown(group);
            throw e;
        }
    }

    /** Where this TaskManager's data server listens: what its slot offers tell the JobMaster. */
    public TaskManagerLocation location() {
        return location;
    }

    public ExchangeSettings settings() {
        return settings;
    }

    /** Whether a partition produced at {@code producer} is read in memory rather than over the network. */
    public boolean isLocal(TaskManagerLocation producer) {
        return !producer.hasDataServer() || producer.equals(location);
    }

    /**
     * A channel reading subpartition {@code subpartitionIndex} of {@code partitionId} from the data
     * server of {@code producer}, with exclusive buffers from {@code networkPool} and floating ones
     * from {@code floatingPool} (null for none).
     */
    public RemoteInputChannel createInputChannel(SingleInputGate gate, int channelIndex, ResultPartitionId partitionId,
            int subpartitionIndex, TaskManagerLocation producer, NetworkBufferPool networkPool, LocalBufferPool floatingPool) {
        settings.checkFits(networkPool.getSegmentSize());
        return new RemoteInputChannel(gate, channelIndex, partitionId, subpartitionIndex, producer, client, networkPool, floatingPool,
                settings.buffersPerChannel());
    }

    /** What the data server did so far. */
    public ServerCounters serverCounters() {
        return server.counters();
    }

    /** Open connections of this TaskManager to other TaskManagers' data servers. */
    public int numberOfClientConnections() {
        return client.numberOfConnections();
    }

    /** Stops the data server (its consumers fail with a lost connection), the connections to other servers, and the I/O threads. */
    @Override
    public void close() {
        server.close();
        client.close();
        shutdown(group);
        LOG.info("data exchange of {} stopped", location);
    }

    private static void shutdown(EventLoopGroup group) {
        Future<?> terminated = group.shutdownGracefully(0, SHUTDOWN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!terminated.awaitUninterruptibly(SHUTDOWN_TIMEOUT_SECONDS + 1, TimeUnit.SECONDS)) {
            LOG.warn("data exchange I/O threads did not stop within {} s", SHUTDOWN_TIMEOUT_SECONDS);
        }
    }
}
