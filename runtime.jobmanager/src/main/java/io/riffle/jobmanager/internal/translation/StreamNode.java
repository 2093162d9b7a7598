package io.riffle.jobmanager.internal.translation;

import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.java.functions.KeySelector;
import io.riffle.streaming.api.operators.ChainingStrategy;
import io.riffle.streaming.api.operators.OperatorSpec;
import io.riffle.streaming.api.operators.SourceSpec;
import java.util.ArrayList;
import java.util.List;

/** An operator of the stream graph with its settings resolved against the job's defaults. */
final class StreamNode {

    final int id;
    final String name;
    final OperatorSpec operator;
    final TypeInformation<?> outputType;
    final int parallelism;
    final int maxParallelism;
    final String slotSharingGroup;
    final ChainingStrategy chainingStrategy;
    final KeySelector<?, ?> stateKeySelector;
    final long bufferTimeoutMillis;
    final List<StreamEdge> inputs = new ArrayList<>();
    final List<StreamEdge> outputs = new ArrayList<>();

    StreamNode(int id, String name, OperatorSpec operator, TypeInformation<?> outputType, int parallelism, int maxParallelism,
            String slotSharingGroup, ChainingStrategy chainingStrategy, KeySelector<?, ?> stateKeySelector, long bufferTimeoutMillis) {
        this.id = id;
        this.name = name;
        this.operator = operator;
        this.outputType = outputType;
        this.parallelism = parallelism;
        this.maxParallelism = maxParallelism;
        this.slotSharingGroup = slotSharingGroup;
        this.chainingStrategy = chainingStrategy;
        this.stateKeySelector = stateKeySelector;
        this.bufferTimeoutMillis = bufferTimeoutMillis;
    }

    boolean isSource() {
        return operator instanceof SourceSpec;
    }

    /** The name shown in task names: sources get Flink's {@code "Source: "} prefix. */
    String displayName() {
        return isSource() ? "Source: " + name : name;
    }

    @Override
    public String toString() {
        return displayName() + "#" + id;
    }
}
