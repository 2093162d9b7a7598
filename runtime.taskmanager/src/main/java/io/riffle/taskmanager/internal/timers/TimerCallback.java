package io.riffle.taskmanager.internal.timers;

/** Receives the timers a {@link KeyedTimerQueue} fires. */
@FunctionalInterface
public interface TimerCallback<K> {

    void onTimer(K key, long timestamp) throws Exception;
}
