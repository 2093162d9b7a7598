package io.riffle.api.connector.source.lib;

import io.riffle.api.connector.source.SourceSplit;

/** The numbers {@code from..to} (both inclusive) of a sequence; {@code from == to + 1} is empty. */
public record NumberSequenceSplit(String splitId, long from, long to) implements SourceSplit {

    public NumberSequenceSplit {
        // written so that to == Long.MAX_VALUE does not overflow
        if (from > to && from - 1 != to) {
            throw new IllegalArgumentException("split " + splitId + ": from " + from + " > to " + to + " + 1");
        }
    }

    /** How many numbers the split holds. */
    public long size() {
        return to - from + 1;
    }
}
