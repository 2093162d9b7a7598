package io.riffle.taskmanager.internal.network.input;

import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;

/**
 * Combines the watermarks and watermark statuses of an input's channels, as Flink's
 * StatusWatermarkValve: the input's event time is the smallest watermark over its active channels
 * that have caught up with it ("aligned"), and only ever moves forward. An idle channel does not hold
 * event time back; when it becomes active again it counts only once its watermark reaches the
 * input's. The input is idle when all its channels are.
 */
final class WatermarkValve {

    private final long[] watermarks;
    private final boolean[] active;
    private final boolean[] aligned;
    private long lastOutputWatermark = Long.MIN_VALUE;
    private boolean outputActive = true;

    WatermarkValve(int numberOfChannels) {
        watermarks = new long[numberOfChannels];
        active = new boolean[numberOfChannels];
        aligned = new boolean[numberOfChannels];
        for (int i = 0; i < numberOfChannels; i++) {
            watermarks[i] = Long.MIN_VALUE;
            active[i] = true;
            aligned[i] = true;
        }
    }

    /** Takes channel {@code channel}'s watermark; ignored while the channel is idle or if it goes back. */
    void inputWatermark(Watermark watermark, int channel, DataOutput<?> output) throws Exception {
        long timestamp = watermark.getTimestamp();
        if (!active[channel] || timestamp <= watermarks[channel]) {
            return;
        }
        watermarks[channel] = timestamp;
        if (timestamp >= lastOutputWatermark) {
            aligned[channel] = true;
        }
        emitNewMinimum(output);
    }

    /** Takes channel {@code channel}'s status; changes of the whole input's status are forwarded. */
    void inputWatermarkStatus(WatermarkStatus status, int channel, DataOutput<?> output) throws Exception {
        if (status.isActive() == active[channel]) {
            return;
        }
        if (!status.isActive()) {
            active[channel] = false;
            aligned[channel] = false;
            if (!anyActive()) {
                // the last active channel went idle: release what the channels have reached so far, then go idle
                emitMaximum(output);
                outputActive = false;
                output.emitWatermarkStatus(WatermarkStatus.IDLE);
            } else if (watermarks[channel] == lastOutputWatermark) {
                // the channel that held event time back no longer does
                emitNewMinimum(output);
            }
        } else {
            active[channel] = true;
            if (watermarks[channel] >= lastOutputWatermark) {
                aligned[channel] = true;
            }
            if (!outputActive) {
                outputActive = true;
                output.emitWatermarkStatus(WatermarkStatus.ACTIVE);
            }
        }
    }

    private boolean anyActive() {
        for (boolean channelActive : active) {
            if (channelActive) {
                return true;
            }
        }
        return false;
    }

    private void emitNewMinimum(DataOutput<?> output) throws Exception {
        long minimum = Long.MAX_VALUE;
        boolean anyAligned = false;
        for (int i = 0; i < watermarks.length; i++) {
            if (aligned[i]) {
                anyAligned = true;
                minimum = Math.min(minimum, watermarks[i]);
            }
        }
        if (anyAligned && minimum > lastOutputWatermark) {
            lastOutputWatermark = minimum;
            output.emitWatermark(new Watermark(minimum));
        }
    }

    private void emitMaximum(DataOutput<?> output) throws Exception {
        long maximum = Long.MIN_VALUE;
        for (long watermark : watermarks) {
            maximum = Math.max(maximum, watermark);
        }
        if (maximum > lastOutputWatermark) {
            lastOutputWatermark = maximum;
            output.emitWatermark(new Watermark(maximum));
        }
    }
}
