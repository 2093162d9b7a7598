package io.riffle.taskmanager.internal.task;

import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.runtime.deployment.InputChannelDeploymentDescriptor;
import io.riffle.runtime.deployment.ResultPartitionDeploymentDescriptor;
import io.riffle.runtime.deployment.TaskDeploymentDescriptor;
import io.riffle.streaming.api.transformations.Partitioning;
import io.riffle.taskmanager.internal.network.buffer.LocalBufferPool;
import io.riffle.taskmanager.internal.network.gate.LocalInputChannel;
import io.riffle.taskmanager.internal.network.gate.SingleInputGate;
import io.riffle.taskmanager.internal.network.netty.DataExchange;
import io.riffle.taskmanager.internal.network.partition.RecordWriter;
import io.riffle.taskmanager.internal.network.partition.ResultPartition;
import io.riffle.taskmanager.internal.network.serialization.SpanningRecordSerializer;
import io.riffle.taskmanager.internal.network.serialization.StreamElementSerializer;
import io.riffle.taskmanager.internal.partitioner.ChannelSelectorFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A task's connections to other tasks: the result partitions it writes (one per network output of
 * its chain) and the input gate it reads. Partitions outlive the task when it finishes: consumers
 * may still be reading, and the partition is released once they have read it all.
 */
final class TaskNetwork implements AutoCloseable {

    private final TaskDeploymentDescriptor deployment;
    private final TaskServices services;
    private final List<ResultPartition> partitions = new ArrayList<>();
    private final RecordWriter<?>[] writers;
    private final SingleInputGate gate;
    /** Buffers the gate's remote channels share for their senders' backlogs; null without remote channels. */
    private LocalBufferPool floatingBuffers;
    private long smallestBufferTimeout = Long.MAX_VALUE;

    TaskNetwork(TaskDeploymentDescriptor deployment, TaskServices services, Runnable inputAvailable) {
        this.deployment = deployment;
        this.services = services;
        String owner = deployment.taskNameWithSubtask();
        try {
            for (ResultPartitionDeploymentDescriptor descriptor : deployment.producedPartitions()) {
                ResultPartition partition = new ResultPartition(descriptor.partitionId(), descriptor.numberOfSubpartitions(),
                        services.bufferPool().createBufferPool(ResultPartition.defaultNumberOfBuffers(descriptor.numberOfSubpartitions()), owner));
                partitions.add(partition);
                services.partitions().registerResultPartition(partition);
            }
            this.writers = new RecordWriter<?>[partitions.size()];
            this.gate = deployment.inputGate() == null ? null : createGate(owner, inputAvailable);
        } catch (RuntimeException e) {
            release(e);
            throw e;
        }
    }

    private SingleInputGate createGate(String owner, Runnable inputAvailable) {
        List<InputChannelDeploymentDescriptor> channels = deployment.inputGate().channels();
        SingleInputGate inputGate = new SingleInputGate(owner, channels.size());
        DataExchange exchange = services.exchange();
        try {
            for (int i = 0; i < channels.size(); i++) {
                InputChannelDeploymentDescriptor channel = channels.get(i);
                if (exchange == null || exchange.isLocal(channel.producerLocation())) {
                    inputGate.setInputChannel(new LocalInputChannel(inputGate, i, services.partitions(), channel.partitionId(),
                            channel.subpartitionIndex()));
                } else {
                    if (floatingBuffers == null && exchange.settings().floatingBuffersPerGate() > 0) {
                        floatingBuffers = services.bufferPool().createBufferPool(exchange.settings().floatingBuffersPerGate(),
                                owner + " (floating input buffers)");
                    }
                    inputGate.setInputChannel(exchange.createInputChannel(inputGate, i, channel.partitionId(), channel.subpartitionIndex(),
                            channel.producerLocation(), services.bufferPool(), floatingBuffers));
                }
            }
            inputGate.setAvailabilityListener(inputAvailable);
            inputGate.requestPartitions();
        } catch (RuntimeException e) {
            inputGate.close();
            throw e;
        }
        return inputGate;
    }

    SingleInputGate gate() {
        return gate;
    }

    /** The writer of network output {@code outputIndex}, created on first use. */
    @SuppressWarnings("unchecked")
    <T> RecordWriter<T> writer(int outputIndex, Partitioning partitioning, TypeSerializer<T> serializer, int consumerMaxParallelism,
            long bufferTimeoutMillis) {
        if (writers[outputIndex] == null) {
            writers[outputIndex] = new RecordWriter<>(partitions.get(outputIndex),
                    ChannelSelectorFactory.create(partitioning, consumerMaxParallelism),
                    new StreamElementSerializer<>(serializer.duplicate()), bufferTimeoutMillis == 0,
                    SpanningRecordSerializer.DEFAULT_MAX_RECORD_SIZE);
            if (bufferTimeoutMillis > 0) {
                smallestBufferTimeout = Math.min(smallestBufferTimeout, bufferTimeoutMillis);
            }
        }
        return (RecordWriter<T>) writers[outputIndex];
    }

    /** The buffer timeout the task's flushes should follow, or 0 if nothing needs timed flushes. */
    long flushInterval() {
        return smallestBufferTimeout == Long.MAX_VALUE ? 0 : smallestBufferTimeout;
    }

    void flushAll() throws IOException {
        for (RecordWriter<?> writer : writers) {
            if (writer != null) {
                writer.flushAll();
            }
        }
    }

    /** Flushes and sends the end of every partition: the task produced all it will. */
    void finish() throws IOException {
        for (RecordWriter<?> writer : writers) {
            if (writer != null) {
                writer.finish();
            }
        }
    }

    /** Drops what the task produced and wakes its readers and a producer blocked on a buffer. */
    void release(Throwable cause) {
        for (ResultPartition partition : partitions) {
            services.partitions().releasePartition(partition.getId(), cause);
            partition.release(cause);
        }
        closeGate();
    }

    @Override
    public void close() {
        for (RecordWriter<?> writer : writers) {
            if (writer != null) {
                writer.close();
            }
        }
        closeGate();
    }

    private void closeGate() {
        if (gate != null) {
            gate.close();
        }
        if (floatingBuffers != null) {
            floatingBuffers.destroy(); // buffers the task still holds come back to the network pool as they are recycled
        }
    }
}
