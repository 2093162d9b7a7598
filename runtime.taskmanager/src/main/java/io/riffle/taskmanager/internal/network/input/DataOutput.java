package io.riffle.taskmanager.internal.network.input;

import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;

/**
 * Where a network input delivers what it read; the task implements it by calling the head operator
 * of its chain. The record instance is reused for the next element: copy what must outlive the call.
 */
public interface DataOutput<T> {

    void emitRecord(StreamRecord<T> record) throws Exception;

    void emitWatermark(Watermark watermark) throws Exception;

    void emitWatermarkStatus(WatermarkStatus watermarkStatus) throws Exception;
}
