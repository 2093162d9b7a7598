package io.riffle.streaming.api.operators;

import io.riffle.api.common.functions.AggregateFunction;
import io.riffle.api.common.functions.ReduceFunction;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.streaming.api.functions.windowing.ProcessWindowFunction;
import io.riffle.streaming.api.windowing.assigners.WindowAssigner;
import io.riffle.streaming.api.windowing.evictors.Evictor;
import io.riffle.streaming.api.windowing.triggers.Trigger;
import io.riffle.util.OutputTag;
import java.util.Objects;

/**
 * Groups a keyed stream into windows and evaluates each window when it fires.
 *
 * @param assigner which windows each element belongs to
 * @param trigger when windows fire (the assigner's default trigger unless the job set one)
 * @param evictor which elements to drop when a window fires, or null; with an evictor a window keeps every element
 * @param incrementalFunction a {@link ReduceFunction} or {@link AggregateFunction} applied per element, or null to
 *     keep every element of a window
 * @param contentsType the type of one window's contents: the accumulator (of an aggregate function), the stream
 *     type (of a reduce function), or a list of the stream type (without incremental function, or with an evictor)
 * @param windowFunction evaluates a fired window (gets the elements, or the incremental result), or null to emit the
 *     incremental result as it is
 * @param allowedLatenessMillis how long after a window's end late elements still update (and fire) it
 * @param lateDataOutputTag where elements too late for all their windows go, or null to drop them
 */
public record WindowSpec(WindowAssigner<?, ?> assigner, Trigger<?, ?> trigger, Evictor<?, ?> evictor, Object incrementalFunction, TypeInformation<?> contentsType,
        ProcessWindowFunction<?, ?, ?, ?> windowFunction, long allowedLatenessMillis, OutputTag<?> lateDataOutputTag)
        implements OperatorSpec {

    private static final long serialVersionUID = 1L;

    public WindowSpec {
        Objects.requireNonNull(assigner, "window assigner is null");
        Objects.requireNonNull(trigger, "window trigger is null");
        Objects.requireNonNull(contentsType, "window contents type is null");
        if (incrementalFunction != null && !(incrementalFunction instanceof ReduceFunction<?>)
                && !(incrementalFunction instanceof AggregateFunction<?, ?, ?>)) {
            throw new IllegalArgumentException("not a reduce or aggregate function: " + incrementalFunction.getClass().getName());
        }
        if (incrementalFunction == null && windowFunction == null) {
            throw new IllegalArgumentException("a window needs a reduce, aggregate or process window function");
        }
        if (allowedLatenessMillis < 0) {
            throw new IllegalArgumentException("allowed lateness must not be negative, got " + allowedLatenessMillis + " ms");
        }
    }

    @Override
    public Object userFunction() {
        return windowFunction != null ? windowFunction : incrementalFunction;
    }
}
