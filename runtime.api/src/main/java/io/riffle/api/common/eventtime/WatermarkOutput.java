package io.riffle.api.common.eventtime;

import org.osgi.annotation.versioning.ProviderType;

/** Where a {@link WatermarkGenerator} emits watermarks and says whether its input is idle. */
@ProviderType
public interface WatermarkOutput {

    /** Emits a watermark; also marks the output active again. Watermarks that do not advance are dropped. */
    void emitWatermark(Watermark watermark);

    /** Declares the output idle: it will not hold back event time downstream until it emits again. */
    void markIdle();

    /** Declares the output active again without emitting a watermark. */
    void markActive();
}
