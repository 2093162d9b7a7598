package io.riffle.taskmanager.internal.operators;

import io.riffle.api.java.functions.KeySelector;
import io.riffle.taskmanager.internal.state.HeapKeyedStateBackend;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;

/** Sets the key of each record as the current key of the keyed state, then hands it to the operator. */
public final class KeyedInput<T> implements Input<T> {

    private final Input<T> operator;
    private final KeySelector<T, Object> keySelector;
    private final HeapKeyedStateBackend<Object> backend;

    public KeyedInput(Input<T> operator, KeySelector<T, Object> keySelector, HeapKeyedStateBackend<Object> backend) {
        this.operator = operator;
        this.keySelector = keySelector;
        this.backend = backend;
    }

    @Override
    public void processElement(StreamRecord<T> record) throws Exception {
        backend.setCurrentKey(keySelector.getKey(record.getValue()));
        operator.processElement(record);
    }

    @Override
    public void processWatermark(Watermark watermark) throws Exception {
        operator.processWatermark(watermark);
    }

    @Override
    public void processWatermarkStatus(WatermarkStatus status) throws Exception {
        operator.processWatermarkStatus(status);
    }
}
