package io.riffle.api.common.eventtime;

import java.time.Duration;

/** The strategy of {@link WatermarkStrategy#withIdleness}: the same assigner, the generator wrapped. */
final class WatermarkStrategyWithIdleness<T> implements WatermarkStrategy<T> {

    private static final long serialVersionUID = 1L;

    private final WatermarkStrategy<T> baseStrategy;
    private final Duration idlenessTimeout;

    WatermarkStrategyWithIdleness(WatermarkStrategy<T> baseStrategy, Duration idlenessTimeout) {
        if (idlenessTimeout == null || idlenessTimeout.isNegative() || idlenessTimeout.isZero()) {
            throw new IllegalArgumentException("idleness timeout must be positive, was " + idlenessTimeout);
        }
        this.baseStrategy = baseStrategy;
        this.idlenessTimeout = idlenessTimeout;
    }

    @Override
    public TimestampAssigner<T> createTimestampAssigner(TimestampAssignerSupplier.Context context) {
        return baseStrategy.createTimestampAssigner(context);
    }

    @Override
    public WatermarkGenerator<T> createWatermarkGenerator(WatermarkGeneratorSupplier.Context context) {
        return new WatermarksWithIdleness<>(baseStrategy.createWatermarkGenerator(context), idlenessTimeout,
                context.getInputActivityClock());
    }

    @Override
    public boolean emitsWatermarks() {
        return baseStrategy.emitsWatermarks();
    }
}
