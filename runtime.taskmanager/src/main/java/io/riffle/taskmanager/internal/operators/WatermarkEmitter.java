package io.riffle.taskmanager.internal.operators;

import io.riffle.api.common.eventtime.Watermark;
import io.riffle.api.common.eventtime.WatermarkOutput;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;

/**
 * The {@link WatermarkOutput} a watermark generator writes to: passes on only watermarks that advance
 * event time, and the idle/active changes of its input, to an operator's {@link Output}.
 */
final class WatermarkEmitter implements WatermarkOutput {

    private final Output<?> output;
    private long currentWatermark = Long.MIN_VALUE;
    private boolean idle;

    WatermarkEmitter(Output<?> output) {
        this.output = output;
    }

    @Override
    public void emitWatermark(Watermark watermark) {
        long timestamp = watermark.getTimestamp();
        if (timestamp <= currentWatermark) {
            return;
        }
        currentWatermark = timestamp;
        markActive();
        output.emitWatermark(new io.riffle.taskmanager.internal.streamrecord.Watermark(timestamp));
    }

    @Override
    public void markIdle() {
        if (!idle) {
            idle = true;
            output.emitWatermarkStatus(WatermarkStatus.IDLE);
        }
    }

    @Override
    public void markActive() {
        if (idle) {
            idle = false;
            output.emitWatermarkStatus(WatermarkStatus.ACTIVE);
        }
    }

    long currentWatermark() {
        return currentWatermark;
    }
}
