package io.riffle.taskmanager.internal.network.input;

import java.util.Arrays;

/**
 * Combines the watermarks of an input's channels: event time of the input is the smallest
 * watermark over its channels, and it only ever moves forward. (Idle channels, which should not
 * hold event time back, are excluded once sources can declare themselves idle.)
 */
final class WatermarkValve {

    private final long[] channelWatermarks;
    private long combined = Long.MIN_VALUE;

    WatermarkValve(int numberOfChannels) {
        channelWatermarks = new long[numberOfChannels];
        Arrays.fill(channelWatermarks, Long.MIN_VALUE);
    }

    /**
     * Takes channel {@code channel}'s watermark.
     *
     * @return true if the combined watermark advanced; read it from {@link #combined()}
     */
    boolean advance(int channel, long watermark) {
        if (watermark <= channelWatermarks[channel]) {
            return false;
        }
        channelWatermarks[channel] = watermark;
        long minimum = Long.MAX_VALUE;
        for (long channelWatermark : channelWatermarks) {
            minimum = Math.min(minimum, channelWatermark);
        }
        if (minimum <= combined) {
            return false;
        }
        combined = minimum;
        return true;
    }

    long combined() {
        return combined;
    }
}
