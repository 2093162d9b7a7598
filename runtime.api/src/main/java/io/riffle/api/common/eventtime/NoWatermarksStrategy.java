package io.riffle.api.common.eventtime;

/** The strategy of {@link WatermarkStrategy#noWatermarks()}. */
final class NoWatermarksStrategy<T> implements WatermarkStrategy<T> {

    private static final long serialVersionUID = 1L;

    @Override
    public WatermarkGenerator<T> createWatermarkGenerator(WatermarkGeneratorSupplier.Context context) {
        return new NoWatermarksGenerator<>();
    }

    @Override
    public boolean emitsWatermarks() {
        return false;
    }
}
