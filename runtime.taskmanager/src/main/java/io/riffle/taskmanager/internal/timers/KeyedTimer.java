package io.riffle.taskmanager.internal.timers;

/** A timer for one key at one timestamp, as the queue hands it out. */
public record KeyedTimer<K>(K key, long timestamp) {}
