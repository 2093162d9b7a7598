package io.riffle.taskmanager.internal.streamrecord;

/** What flows through a stream: records, and (with event time) watermarks and watermark statuses. */
public abstract sealed class StreamElement permits StreamRecord, Watermark, WatermarkStatus {}
