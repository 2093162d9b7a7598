package io.riffle.taskmanager.internal.network;

import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.runtime.jobgraph.IntermediateDataSetId;
import io.riffle.taskmanager.internal.network.buffer.NetworkBufferPool;
import io.riffle.taskmanager.internal.network.gate.LocalInputChannel;
import io.riffle.taskmanager.internal.network.gate.SingleInputGate;
import io.riffle.taskmanager.internal.network.partition.RecordWriter;
import io.riffle.taskmanager.internal.network.partition.ResultPartition;
import io.riffle.taskmanager.internal.network.partition.ResultPartitionManager;
import io.riffle.taskmanager.internal.network.serialization.SpanningRecordSerializer;
import io.riffle.taskmanager.internal.network.serialization.StreamElementSerializer;
import io.riffle.taskmanager.internal.partitioner.ChannelSelector;

/** One TaskManager's network memory and a partition manager, wired the way tasks use them. */
public final class TestingNetwork {

    public final NetworkBufferPool bufferPool;
    public final ResultPartitionManager partitionManager = new ResultPartitionManager();

    public TestingNetwork(int bufferSize) {
        this.bufferPool = new NetworkBufferPool(10_000, bufferSize);
    }

    public static ResultPartitionId newPartitionId(int partitionIndex) {
        return new ResultPartitionId(IntermediateDataSetId.generate(), partitionIndex, ExecutionAttemptId.generate());
    }

    /** A registered partition with a pool of {@code buffers} buffers. */
    public ResultPartition partition(ResultPartitionId id, int subpartitions, int buffers) {
        ResultPartition partition = new ResultPartition(id, subpartitions, bufferPool.createBufferPool(buffers, "partition " + id.partitionIndex()));
        partitionManager.registerResultPartition(partition);
        return partition;
    }

    public static <T> RecordWriter<T> writer(ResultPartition partition, ChannelSelector<T> selector, StreamElementSerializer<T> serializer,
            boolean flushAfterEveryRecord) {
        return new RecordWriter<>(partition, selector, serializer, flushAfterEveryRecord, SpanningRecordSerializer.DEFAULT_MAX_RECORD_SIZE);
    }

    /** A gate reading subpartition {@code subpartition} of each producer, channel i from producers[i]; not started. */
    public SingleInputGate gate(String owner, int subpartition, ResultPartitionId... producers) {
        SingleInputGate gate = new SingleInputGate(owner, producers.length);
        for (int i = 0; i < producers.length; i++) {
            gate.setInputChannel(new LocalInputChannel(gate, i, partitionManager, producers[i], subpartition));
        }
        return gate;
    }
}
