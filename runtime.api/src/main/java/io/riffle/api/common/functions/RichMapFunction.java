package io.riffle.api.common.functions;

import org.osgi.annotation.versioning.ConsumerType;

/** A {@link MapFunction} with a life cycle and a {@link RuntimeContext}. */
@ConsumerType
public abstract class RichMapFunction<I, O> extends AbstractRichFunction implements MapFunction<I, O> {

    private static final long serialVersionUID = 1L;
}
