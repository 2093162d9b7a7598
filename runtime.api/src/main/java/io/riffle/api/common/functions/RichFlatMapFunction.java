package io.riffle.api.common.functions;

import org.osgi.annotation.versioning.ConsumerType;

/** A {@link FlatMapFunction} with a life cycle and a {@link RuntimeContext}. */
@ConsumerType
public abstract class RichFlatMapFunction<I, O> extends AbstractRichFunction implements FlatMapFunction<I, O> {

    private static final long serialVersionUID = 1L;
}
