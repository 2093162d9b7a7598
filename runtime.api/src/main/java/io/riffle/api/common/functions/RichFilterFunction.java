package io.riffle.api.common.functions;

import org.osgi.annotation.versioning.ConsumerType;

/** A {@link FilterFunction} with a life cycle and a {@link RuntimeContext}. */
@ConsumerType
public abstract class RichFilterFunction<T> extends AbstractRichFunction implements FilterFunction<T> {

    private static final long serialVersionUID = 1L;
}
