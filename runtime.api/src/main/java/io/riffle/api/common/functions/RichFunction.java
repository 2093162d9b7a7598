package io.riffle.api.common.functions;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A function with a life cycle: {@link #open} before the first element, {@link #close} after the
 * last (or on cancellation), and a {@link RuntimeContext} for subtask facts and state.
 */
@ConsumerType
public interface RichFunction extends Function {

    void open(OpenContext openContext) throws Exception;

    void close() throws Exception;

    RuntimeContext getRuntimeContext();

    /** Called by the runtime before {@link #open}. */
    void setRuntimeContext(RuntimeContext context);
}
