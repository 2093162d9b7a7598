package io.riffle.streaming.api.functions.sink;

import io.riffle.api.common.functions.Function;
import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.annotation.versioning.ProviderType;

/** Receives every record that reaches a sink. Prefer the {@code sink2.Sink} API for new connectors. */
@ConsumerType
public interface SinkFunction<IN> extends Function {

    default void invoke(IN value, Context context) throws Exception {
        invoke(value);
    }

    /** Kept for the older signature; called by the default {@link #invoke(Object, Context)}. */
    default void invoke(IN value) throws Exception {}

    /** Called once after the last record of a bounded input. */
    default void finish() throws Exception {}

    /** What a sink may know about the record being written. */
    @ProviderType
    interface Context {

        long currentProcessingTime();

        long currentWatermark();

        /** The record's event timestamp, or null if it has none. */
        Long timestamp();
    }
}
