package io.riffle.api.connector.source.lib;

import io.riffle.api.connector.source.SourceSplit;

/**
 * The numbers {@code from..to} (both inclusive) of a sequence, of which {@code position} have
 * been read.
 */
public record NumberSequenceSplit(String splitId, long from, long to) implements SourceSplit {

    public NumberSequenceSplit {
        if (from > to + 1) {
            throw new IllegalArgumentException("split " + splitId + ": from " + from + " > to " + to + " + 1");
        }
    }

    /** How many numbers the split holds. */
    public long size() {
        return to - from + 1;
    }
}
