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
}
