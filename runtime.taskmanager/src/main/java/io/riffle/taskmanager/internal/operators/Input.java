package io.riffle.taskmanager.internal.operators;

import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;

/** An operator's input: records and watermarks, on the task thread. */
public interface Input<T> {

    void processElement(StreamRecord<T> record) throws Exception;

    void processWatermark(Watermark watermark) throws Exception;
}
