package io.riffle.taskmanager.internal.operators;

import io.riffle.api.common.eventtime.Watermark;
import io.riffle.api.common.eventtime.WatermarkOutput;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Combines the watermarks of a source reader's outputs (its splits, and its main output once used),
 * as Flink's WatermarkOutputMultiplexer: the reader's watermark is the smallest over the outputs that
 * are not idle; the reader is idle when all its outputs are. Used on the task thread only.
 */
final class SplitWatermarks {

    private final WatermarkOutput combined;
    private final Map<Object, PartialOutput> outputs = new LinkedHashMap<>();

    SplitWatermarks(WatermarkOutput combined) {
        this.combined = combined;
    }

    /** Registers a new output {@code id}: until it emits, it holds the combined watermark where it is. */
    WatermarkOutput register(Object id) {
        PartialOutput output = new PartialOutput();
        if (outputs.putIfAbsent(id, output) != null) {
            throw new IllegalStateException("a watermark output " + id + " exists already");
        }
        update();
        return output;
    }

    /** Forgets {@code id}: it no longer holds the combined watermark back. */
    void release(Object id) {
        if (outputs.remove(id) != null) {
            update();
        }
    }

    private void update() {
        long minimum = Long.MAX_VALUE;
        boolean anyActive = false;
        for (PartialOutput output : outputs.values()) {
            if (!output.idle) {
                anyActive = true;
                minimum = Math.min(minimum, output.watermark);
            }
        }
        if (!anyActive) {
            if (!outputs.isEmpty()) {
                combined.markIdle();
            }
        } else if (minimum > Long.MIN_VALUE) {
            combined.emitWatermark(new Watermark(minimum));
        } else {
            combined.markActive();
        }
    }

    /** One split's (or the main output's) watermark and idleness. */
    private final class PartialOutput implements WatermarkOutput {

        private long watermark = Long.MIN_VALUE;
        private boolean idle;

        @Override
        public void emitWatermark(Watermark newWatermark) {
            watermark = Math.max(watermark, newWatermark.getTimestamp());
            idle = false;
            update();
        }

        @Override
        public void markIdle() {
            idle = true;
            update();
        }

        @Override
        public void markActive() {
            idle = false;
            update();
        }
    }
}
