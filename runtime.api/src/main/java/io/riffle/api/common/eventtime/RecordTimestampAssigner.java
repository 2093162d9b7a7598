package io.riffle.api.common.eventtime;

/** Keeps the timestamp a record already carries (from its source): the default assigner of a strategy. */
public final class RecordTimestampAssigner<T> implements TimestampAssigner<T> {

    @Override
    public long extractTimestamp(T element, long recordTimestamp) {
        return recordTimestamp;
    }
}
