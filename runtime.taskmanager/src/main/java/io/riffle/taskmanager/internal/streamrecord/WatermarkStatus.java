package io.riffle.taskmanager.internal.streamrecord;

/** Whether an input currently contributes watermarks ({@link #ACTIVE}) or is idle. */
public final class WatermarkStatus extends StreamElement {

    public static final WatermarkStatus IDLE = new WatermarkStatus(false);
    public static final WatermarkStatus ACTIVE = new WatermarkStatus(true);

    private final boolean active;

    private WatermarkStatus(boolean active) {
        this.active = active;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return active ? "WatermarkStatus(ACTIVE)" : "WatermarkStatus(IDLE)";
    }
}
