package io.riffle.runtime.endpoint;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * The one daemon thread of a component that turns timeouts and timers into work for main threads
 * and task mailboxes. Scheduled work must only hand work on, never block.
 */
public final class TimerThread {

    private TimerThread() {}

    public static ScheduledExecutorService create(String name) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        // cancelled timeouts (most of them) leave the queue at once instead of when they would have fired
        executor.setRemoveOnCancelPolicy(true);
        return Executors.unconfigurableScheduledExecutorService(executor);
    }
}
