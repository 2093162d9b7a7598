package io.riffle.api.common.eventtime;

/** Emits nothing: event time never advances (except by the final watermark of a bounded input). */
public final class NoWatermarksGenerator<T> implements WatermarkGenerator<T> {

    @Override
    public void onEvent(T event, long eventTimestamp, WatermarkOutput output) {}

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {}
}
