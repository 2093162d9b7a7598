package io.riffle.taskmanager.internal.operators;

import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;

/** An operator's input: records, watermarks and watermark statuses, on the task thread. */
public interface Input<T> {

    void processElement(StreamRecord<T> record) throws Exception;

    void processWatermark(Watermark watermark) throws Exception;

    void processWatermarkStatus(WatermarkStatus status) throws Exception;
}
