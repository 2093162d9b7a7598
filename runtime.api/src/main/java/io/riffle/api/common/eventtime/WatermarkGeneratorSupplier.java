package io.riffle.api.common.eventtime;

import io.riffle.util.clock.RelativeClock;
import java.io.Serializable;
import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.annotation.versioning.ProviderType;

/** Creates a {@link WatermarkGenerator} in each parallel subtask (and, in sources, for each split). */
@ConsumerType
@FunctionalInterface
public interface WatermarkGeneratorSupplier<T> extends Serializable {

    WatermarkGenerator<T> createWatermarkGenerator(Context context);

    /** What the runtime offers to the supplier. */
    @ProviderType
    interface Context {

        /** The clock idleness is measured with; it does not advance while the input is blocked. */
        RelativeClock getInputActivityClock();
    }
}
