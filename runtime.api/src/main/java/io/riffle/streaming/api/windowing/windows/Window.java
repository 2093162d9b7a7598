package io.riffle.streaming.api.windowing.windows;

/**
 * A group of elements of a windowed stream. Windows are values: equal windows collect into the same
 * contents. The largest timestamp that still belongs to a window decides when event time has passed it.
 */
public abstract class Window {

    /** The largest timestamp that belongs to this window. */
    public abstract long maxTimestamp();
}
