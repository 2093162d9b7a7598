package io.riffle.api.connector.source.lib;

/**
 * The numbers {@code from..to} (both inclusive) as {@code Long}s, cut into one contiguous split per
 * parallel reader; readers take splits as they ask. Behind {@code StreamExecutionEnvironment.fromSequence}.
 */
public class NumberSequenceSource extends IndexedSource<Long> {

    private static final long serialVersionUID = 1L;

    public NumberSequenceSource(long from, long to) {
        super(from, to);
    }

    @Override
    protected Long produce(long index) {
        return index;
    }
}
