package io.riffle.taskmanager.internal.network.netty;

import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.taskmanager.internal.network.TestingNetwork;
import io.riffle.taskmanager.internal.network.buffer.LocalBufferPool;
import io.riffle.taskmanager.internal.network.gate.SingleInputGate;

/**
 * One TaskManager's network stack with its own data server on a loopback port: network memory, a
 * partition manager and a {@link DataExchange}, as a TaskManager process has them.
 */
final class TestingExchange implements AutoCloseable {

    final TestingNetwork network;
    final DataExchange exchange;

    TestingExchange(String name, int bufferSize, int buffersPerChannel, int floatingBuffersPerGate) {
        this.network = new TestingNetwork(bufferSize);
        this.exchange = DataExchange.start(new ResourceId(name), "127.0.0.1", 0, network.partitionManager,
                ExchangeSettings.defaults(bufferSize).withBuffers(buffersPerChannel, floatingBuffersPerGate));
    }

    /** A gate with channel i reading subpartition {@code subpartition} of {@code producers[i]} at {@code producerSide}'s server. */
    SingleInputGate remoteGate(String owner, TestingExchange producerSide, LocalBufferPool floating, int subpartition,
            ResultPartitionId... producers) {
        SingleInputGate gate = new SingleInputGate(owner, producers.length);
        for (int i = 0; i < producers.length; i++) {
            gate.setInputChannel(exchange.createInputChannel(gate, i, producers[i], subpartition, producerSide.exchange.location(),
                    network.bufferPool, floating));
        }
        return gate;
    }

    RemoteInputChannel channel(SingleInputGate gate, int index) {
        return (RemoteInputChannel) gate.getChannel(index);
    }

    @Override
    public void close() {
        exchange.close();
        network.partitionManager.releaseAll(new IllegalStateException("test over"));
    }
}
