package io.riffle.taskmanager.internal.windowing;

import io.riffle.streaming.runtime.operators.windowing.TimestampedValue;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * The contents of a window with an evictor: every element with its timestamp, so the evictor can
 * choose; when the window fires, the remaining elements run through the window's reduce or aggregate
 * function (or are passed on as they are).
 */
final class EvictingContents<IN, ACC, R> implements WindowContents<IN, List<TimestampedValue<IN>>, R> {

    private final WindowContents<IN, ACC, R> valueContents;

    EvictingContents(WindowContents<IN, ACC, R> valueContents) {
        this.valueContents = valueContents;
    }

    @Override
    public List<TimestampedValue<IN>> add(List<TimestampedValue<IN>> current, StreamRecord<IN> record) {
        List<TimestampedValue<IN>> elements = current == null ? new ArrayList<>() : current;
        long timestamp = record.hasTimestamp() ? record.getTimestamp() : 0;
        elements.add(TimestampedValue.from(record.getValue(), record.hasTimestamp(), timestamp));
        return elements;
    }

    /** Folds the remaining elements; call only with at least one element. */
    @Override
    public Iterable<R> result(List<TimestampedValue<IN>> contents) throws Exception {
        ACC folded = null;
        for (TimestampedValue<IN> element : contents) {
            folded = valueContents.add(folded, new StreamRecord<>(element.getValue()));
        }
        return valueContents.result(folded);
    }

    @Override
    public List<TimestampedValue<IN>> merge(List<TimestampedValue<IN>> a, List<TimestampedValue<IN>> b) {
        a.addAll(b);
        return a;
    }
}
