package io.riffle.api.common.functions;

import org.osgi.annotation.versioning.ConsumerType;

/** A {@link ReduceFunction} with a life cycle and a {@link RuntimeContext}. */
@ConsumerType
public abstract class RichReduceFunction<T> extends AbstractRichFunction implements ReduceFunction<T> {

    private static final long serialVersionUID = 1L;
}
