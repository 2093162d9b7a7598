package io.riffle.streaming.api.datastream;

import io.riffle.streaming.api.operators.ChainingStrategy;
import io.riffle.streaming.api.transformations.SinkTransformation;
import java.util.Objects;

/** A sink added to a stream, with its settings. */
public class DataStreamSink<T> {

    private final SinkTransformation<T> transformation;

    public DataStreamSink(SinkTransformation<T> transformation) {
        this.transformation = Objects.requireNonNull(transformation, "transformation");
    }

    public SinkTransformation<T> getTransformation() {
        return transformation;
    }

    public DataStreamSink<T> name(String name) {
        transformation.setName(name);
        return this;
    }

    public DataStreamSink<T> uid(String uid) {
        transformation.setUid(uid);
        return this;
    }

    public DataStreamSink<T> setParallelism(int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("the parallelism of a sink must be at least 1, got " + parallelism);
        }
        transformation.setParallelism(parallelism);
        return this;
    }

    public DataStreamSink<T> disableChaining() {
        transformation.setChainingStrategy(ChainingStrategy.NEVER);
        return this;
    }

    public DataStreamSink<T> startNewChain() {
        transformation.setChainingStrategy(ChainingStrategy.HEAD);
        return this;
    }

    public DataStreamSink<T> slotSharingGroup(String slotSharingGroup) {
        transformation.setSlotSharingGroup(Objects.requireNonNull(slotSharingGroup, "slotSharingGroup"));
        return this;
    }
}
