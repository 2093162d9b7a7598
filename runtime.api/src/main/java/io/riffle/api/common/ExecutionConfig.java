package io.riffle.api.common;

import io.riffle.api.common.serialization.SerializerConfig;
import java.io.Serializable;

/**
 * Per-job execution settings that travel with the job graph.
 *
 * <p>Riffle differs from Flink on purpose in one default: chained operators always hand the same
 * object downstream (Flink's "object reuse" for chains), so a function must not modify a value after
 * emitting it. {@link #enableObjectReuse()} is accepted for compatibility and changes nothing.
 */
public final class ExecutionConfig implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SerializerConfig serializerConfig = new SerializerConfig();
    private boolean objectReuse;
    private long autoWatermarkInterval = 200;

    public SerializerConfig getSerializerConfig() {
        return serializerConfig;
    }

    public ExecutionConfig enableObjectReuse() {
        objectReuse = true;
        return this;
    }

    public ExecutionConfig disableObjectReuse() {
        objectReuse = false;
        return this;
    }

    public boolean isObjectReuseEnabled() {
        return objectReuse;
    }

    /** Every how many ms of processing time periodic watermark generators emit; 0 turns periodic emission off. */
    public ExecutionConfig setAutoWatermarkInterval(long interval) {
        if (interval < 0) {
            throw new IllegalArgumentException("the auto watermark interval must not be negative, got " + interval);
        }
        autoWatermarkInterval = interval;
        return this;
    }

    public long getAutoWatermarkInterval() {
        return autoWatermarkInterval;
    }
}
