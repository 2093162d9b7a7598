package io.riffle.taskmanager.internal.windowing;

import io.riffle.api.common.functions.AggregateFunction;
import io.riffle.api.common.functions.ReduceFunction;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How one window's contents grow per element and what the window function gets when it fires: a
 * reduced value, an aggregate's accumulator, or the list of all elements.
 *
 * @param <IN> the element type
 * @param <ACC> the type of the contents kept in state
 * @param <R> the type of what the window function gets
 */
interface WindowContents<IN, ACC, R> {

    /** The contents after adding the record; {@code current} is null for an empty window. */
    ACC add(ACC current, StreamRecord<IN> record) throws Exception;

    /** What the window function gets for {@code contents}. */
    Iterable<R> result(ACC contents) throws Exception;

    /** The contents of two windows that merged (either may be reused). */
    ACC merge(ACC a, ACC b) throws Exception;

    /** The contents kind a spec's incremental function asks for ({@code null}: keep every element). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static WindowContents<Object, Object, Object> forFunction(Object incrementalFunction) {
        if (incrementalFunction instanceof ReduceFunction<?> reduce) {
            return (WindowContents) new Reducing<>((ReduceFunction<Object>) reduce);
        } else if (incrementalFunction instanceof AggregateFunction<?, ?, ?> aggregate) {
            return (WindowContents) new Aggregating<>((AggregateFunction<Object, Object, Object>) aggregate);
        } else if (incrementalFunction == null) {
            return (WindowContents) new AllElements<>();
        }
        throw new IllegalArgumentException("not a reduce or aggregate function: " + incrementalFunction.getClass().getName());
    }

    record Reducing<T>(ReduceFunction<T> function) implements WindowContents<T, T, T> {

        @Override
        public T add(T current, StreamRecord<T> record) throws Exception {
            return current == null ? record.getValue() : function.reduce(current, record.getValue());
        }

        @Override
        public Iterable<T> result(T contents) {
            return List.of(contents);
        }

        @Override
        public T merge(T a, T b) throws Exception {
            return function.reduce(a, b);
        }
    }

    record Aggregating<IN, ACC, OUT>(AggregateFunction<IN, ACC, OUT> function) implements WindowContents<IN, ACC, OUT> {

        @Override
        public ACC add(ACC current, StreamRecord<IN> record) {
            return function.add(record.getValue(), current == null ? function.createAccumulator() : current);
        }

        @Override
        public Iterable<OUT> result(ACC contents) {
            return Collections.singletonList(function.getResult(contents));
        }

        @Override
        public ACC merge(ACC a, ACC b) {
            return function.merge(a, b);
        }
    }

    /** Keeps every element, in arrival order. */
    record AllElements<T>() implements WindowContents<T, List<T>, T> {

        @Override
        public List<T> add(List<T> current, StreamRecord<T> record) {
            List<T> elements = current == null ? new ArrayList<>() : current;
            elements.add(record.getValue());
            return elements;
        }

        @Override
        public Iterable<T> result(List<T> contents) {
            return contents;
        }

        @Override
        public List<T> merge(List<T> a, List<T> b) {
            a.addAll(b);
            return a;
        }
    }
}
