package io.riffle.taskmanager.internal.task;

import io.riffle.configuration.Configuration;
import io.riffle.configuration.TaskManagerOptions;
import io.riffle.runtime.cluster.JobClassLoaders;
import io.riffle.taskmanager.internal.network.buffer.NetworkBufferPool;
import io.riffle.taskmanager.internal.network.netty.DataExchange;
import io.riffle.taskmanager.internal.network.partition.ResultPartitionManager;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What the tasks of one TaskExecutor share.
 *
 * @param partitions where produced partitions are registered and consumers find them; in the local
 *     and embedded clusters one instance serves every TaskExecutor of the JVM
 * @param bufferPool this TaskExecutor's network memory
 * @param timers the thread that turns timers and buffer timeouts into task mails
 * @param classLoaders the class loaders of running jobs
 * @param frameworkLoaders loaders of runtime classes that user code bytes may name, tried after the job's
 * @param exchange this TaskManager's data server and connections to other TaskManagers, or null for a
 *     TaskManager whose tasks read only partitions of its own JVM (the local and embedded clusters)
 * @param managedMemoryBytes this TaskExecutor's managed memory ({@link TaskManagerOptions#MANAGED_MEMORY_SIZE}),
 *     which its slots share equally
 */
public record TaskServices(ResultPartitionManager partitions, NetworkBufferPool bufferPool, ScheduledExecutorService timers,
        JobClassLoaders classLoaders, List<ClassLoader> frameworkLoaders, DataExchange exchange, long managedMemoryBytes) {

    /** The services of a TaskManager without a data exchange (every channel is local) and with the default managed memory. */
    public TaskServices(ResultPartitionManager partitions, NetworkBufferPool bufferPool, ScheduledExecutorService timers,
            JobClassLoaders classLoaders, List<ClassLoader> frameworkLoaders) {
        this(partitions, bufferPool, timers, classLoaders, frameworkLoaders, null,
                TaskManagerOptions.MANAGED_MEMORY_SIZE.defaultValue().bytes());
    }

    public TaskServices {
        Objects.requireNonNull(partitions, "partitions");
        Objects.requireNonNull(bufferPool, "bufferPool");
        Objects.requireNonNull(timers, "timers");
        Objects.requireNonNull(classLoaders, "classLoaders");
        frameworkLoaders = List.copyOf(frameworkLoaders);
        if (managedMemoryBytes < 0) {
            throw new IllegalArgumentException(TaskManagerOptions.MANAGED_MEMORY_SIZE.key() + " cannot be negative: "
                    + managedMemoryBytes + " bytes");
        }
    }

    /** A TaskExecutor's network memory as {@link TaskManagerOptions} configure it. */
    public static NetworkBufferPool networkBufferPool(Configuration configuration) {
        long memory = configuration.get(TaskManagerOptions.NETWORK_MEMORY).bytes();
        long segment = configuration.get(TaskManagerOptions.NETWORK_BUFFER_SIZE).bytes();
        if (segment < 1024 || segment > (64 << 20)) {
            throw new IllegalArgumentException(TaskManagerOptions.NETWORK_BUFFER_SIZE.key() + " must be between 1 KiB and 64 MiB, got "
                    + segment + " bytes");
        }
        long segments = memory / segment;
        if (segments < 16 || segments > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(TaskManagerOptions.NETWORK_MEMORY.key() + " of " + memory + " bytes gives " + segments
                    + " network buffers of " + segment + " bytes; at least 16 are needed");
        }
        return new NetworkBufferPool((int) segments, (int) segment);
    }
}
