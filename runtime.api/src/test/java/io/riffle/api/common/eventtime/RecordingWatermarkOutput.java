package io.riffle.api.common.eventtime;

import java.util.ArrayList;
import java.util.List;

/** Records what a generator emits, as strings in call order: watermark timestamps, "idle", "active". */
final class RecordingWatermarkOutput implements WatermarkOutput {

    final List<String> calls = new ArrayList<>();

    @Override
    public void emitWatermark(Watermark watermark) {
        calls.add(Long.toString(watermark.getTimestamp()));
    }

    @Override
    public void markIdle() {
        calls.add("idle");
    }

    @Override
    public void markActive() {
        calls.add("active");
    }

    List<String> drain() {
        List<String> drained = List.copyOf(calls);
        calls.clear();
        return drained;
    }
}
