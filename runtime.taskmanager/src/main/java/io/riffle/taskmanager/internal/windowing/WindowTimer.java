package io.riffle.taskmanager.internal.windowing;

import io.riffle.streaming.api.windowing.windows.Window;

/** What a window timer belongs to: the key and its window (the timer queue adds the time). */
record WindowTimer(Object key, Window window) {}
