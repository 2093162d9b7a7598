package io.riffle.taskmanager.internal.windowing;

import io.riffle.streaming.api.windowing.windows.Window;

/**
 * What a window timer belongs to: the key and its window (the timer queue adds the time). Its hash
 * is computed once: the queue hashes a timer on each registration and when it fires.
 */
final class WindowTimer {

    private final Object key;
    private final Window window;
    private final int hash;

    WindowTimer(Object key, Window window) {
        this.key = key;
        this.window = window;
        this.hash = 31 * key.hashCode() + window.hashCode();
    }

    Object key() {
        return key;
    }

    Window window() {
        return window;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof WindowTimer other && hash == other.hash && key.equals(other.key)
                && (window == other.window || window.equals(other.window)));
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "WindowTimer{key=" + key + ", window=" + window + "}";
    }
}
