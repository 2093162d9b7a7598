package io.riffle.taskmanager.internal.operators;

import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.util.Collector;

/**
 * The {@link Collector} a user function emits to: stamps each output with the timestamp of the
 * input being processed, reusing one record object.
 */
public final class TimestampedCollector<T> implements Collector<T> {

    private final Output<T> output;
    private final StreamRecord<T> reuse = new StreamRecord<>(null);

    public TimestampedCollector(Output<T> output) {
        this.output = output;
    }

    public void setTimestampFrom(StreamRecord<?> input) {
        if (input.hasTimestamp()) {
            reuse.setTimestamp(input.getTimestamp());
        } else {
            reuse.eraseTimestamp();
        }
    }

    public void setAbsoluteTimestamp(long timestamp) {
        reuse.setTimestamp(timestamp);
    }

    public void eraseTimestamp() {
        reuse.eraseTimestamp();
    }

    @Override
    public void collect(T record) {
        output.collect(reuse.replace(record));
    }

    @Override
    public void close() {}
}
