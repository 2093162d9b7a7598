package io.riffle.taskmanager.internal.partitioner;

import io.riffle.api.java.functions.KeySelector;
import io.riffle.runtime.state.KeyGroupRangeAssignment;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import java.util.Objects;

/**
 * {@code keyBy}: the channel is the consumer subtask whose key-group range holds the record key's
 * key group, exactly as keyed state assigns keys, so each key's records meet its state.
 */
public final class KeyGroupStreamPartitioner<T, K> implements ChannelSelector<T> {

    private final KeySelector<T, K> keySelector;
    private final int maxParallelism;
    private int numberOfChannels;

    /** @param maxParallelism the consuming operator's max parallelism (its number of key groups) */
    public KeyGroupStreamPartitioner(KeySelector<T, K> keySelector, int maxParallelism) {
        this.keySelector = Objects.requireNonNull(keySelector, "keySelector");
        this.maxParallelism = maxParallelism;
    }

    @Override
    public void setup(int numberOfChannels) {
        KeyGroupRangeAssignment.checkParallelism(maxParallelism, numberOfChannels);
        this.numberOfChannels = numberOfChannels;
    }

    @Override
    public int selectChannel(StreamRecord<T> record) {
        K key;
        try {
            key = keySelector.getKey(record.getValue());
        } catch (Exception e) {
            throw new KeySelectionException("key selector " + keySelector.getClass().getName()
                    + " failed on a record of type " + typeOf(record) + ": " + e, e);
        }
        if (key == null) {
            throw new NullPointerException("key selector " + keySelector.getClass().getName() + " returned a null key for a record of type "
                    + typeOf(record) + ": keys must not be null; map missing keys to a sentinel value in the key selector");
        }
        return KeyGroupRangeAssignment.assignKeyToParallelOperator(key, maxParallelism, numberOfChannels);
    }

    private static String typeOf(StreamRecord<?> record) {
        return record.getValue() == null ? "null" : record.getValue().getClass().getName();
    }

    @Override
    public boolean isBroadcast() {
        return false;
    }

    @Override
    public String toString() {
        return "HASH";
    }
}
