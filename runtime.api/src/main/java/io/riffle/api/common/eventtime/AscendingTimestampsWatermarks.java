package io.riffle.api.common.eventtime;

import java.time.Duration;

/** Periodic watermarks for timestamps that never decrease: the largest timestamp seen minus one. */
public class AscendingTimestampsWatermarks<T> extends BoundedOutOfOrdernessWatermarks<T> {

    public AscendingTimestampsWatermarks() {
        super(Duration.ZERO);
    }
}
