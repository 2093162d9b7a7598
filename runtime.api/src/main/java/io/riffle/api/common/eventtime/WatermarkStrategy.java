package io.riffle.api.common.eventtime;

import java.time.Duration;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * How a stream gets event-time timestamps and watermarks: a {@link TimestampAssigner} and a
 * {@link WatermarkGenerator}, both created where the job runs. Built from the static factories and
 * refined with {@link #withTimestampAssigner} and {@link #withIdleness}, as in Flink.
 */
@ConsumerType
public interface WatermarkStrategy<T> extends TimestampAssignerSupplier<T>, WatermarkGeneratorSupplier<T> {

    @Override
    WatermarkGenerator<T> createWatermarkGenerator(WatermarkGeneratorSupplier.Context context);

    /** By default records keep the timestamp they already carry. */
    @Override
    default TimestampAssigner<T> createTimestampAssigner(TimestampAssignerSupplier.Context context) {
        return new RecordTimestampAssigner<>();
    }

    /** Whether the strategy emits watermarks at all: false only for {@link #noWatermarks()} (lets the runtime skip periodic emission). */
    default boolean emitsWatermarks() {
        return true;
    }

    /** This strategy with timestamps from the given supplier's assigner. */
    default WatermarkStrategy<T> withTimestampAssigner(TimestampAssignerSupplier<T> timestampAssigner) {
        return new WatermarkStrategyWithTimestampAssigner<>(this, timestampAssigner);
    }

    /** This strategy with timestamps from the given (serializable, often lambda) assigner. */
    default WatermarkStrategy<T> withTimestampAssigner(SerializableTimestampAssigner<T> timestampAssigner) {
        return new WatermarkStrategyWithTimestampAssigner<>(this, TimestampAssignerSupplier.of(timestampAssigner));
    }

    /** This strategy, with the input marked idle after no records for {@code idleTimeout}. */
    default WatermarkStrategy<T> withIdleness(Duration idleTimeout) {
        return new WatermarkStrategyWithIdleness<>(this, idleTimeout);
    }

    /** Watermarks for timestamps that never decrease. */
    static <T> WatermarkStrategy<T> forMonotonousTimestamps() {
        return context -> new AscendingTimestampsWatermarks<>();
    }

    /** Watermarks for events at most {@code maxOutOfOrderness} late. */
    static <T> WatermarkStrategy<T> forBoundedOutOfOrderness(Duration maxOutOfOrderness) {
        return context -> new BoundedOutOfOrdernessWatermarks<>(maxOutOfOrderness);
    }

    /** Watermarks from a custom generator. */
    static <T> WatermarkStrategy<T> forGenerator(WatermarkGeneratorSupplier<T> generatorSupplier) {
        return generatorSupplier::createWatermarkGenerator;
    }

    /** No watermarks: for processing-time jobs. */
    static <T> WatermarkStrategy<T> noWatermarks() {
        return new NoWatermarksStrategy<>();
    }
}
