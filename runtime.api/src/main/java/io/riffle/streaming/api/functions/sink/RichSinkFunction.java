package io.riffle.streaming.api.functions.sink;

import io.riffle.api.common.functions.AbstractRichFunction;
import org.osgi.annotation.versioning.ConsumerType;

/** A {@link SinkFunction} with a life cycle and a runtime context. */
@ConsumerType
public abstract class RichSinkFunction<IN> extends AbstractRichFunction implements SinkFunction<IN> {

    private static final long serialVersionUID = 1L;
}
