package io.riffle.taskmanager.internal.task;

import io.riffle.taskmanager.internal.operators.ProcessingTimeService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Processing time of one task: the wall clock, and timers that the TaskExecutor's shared timer
 * thread turns into mails, so callbacks run on the task thread.
 */
final class TaskProcessingTimeService implements ProcessingTimeService {

    private final ScheduledExecutorService timerThread;
    private final TaskMailbox mailbox;
    private final Consumer<Throwable> failTask;

    TaskProcessingTimeService(ScheduledExecutorService timerThread, TaskMailbox mailbox, Consumer<Throwable> failTask) {
        this.timerThread = timerThread;
        this.mailbox = mailbox;
        this.failTask = failTask;
    }

    @Override
    public long getCurrentProcessingTime() {
        return System.currentTimeMillis();
    }

    @Override
    public void registerTimer(long timestamp, ProcessingTimeCallback callback) {
        long delay = Math.max(0, timestamp - getCurrentProcessingTime());
        timerThread.schedule(() -> {
            try {
                mailbox.put("processing-time timer @" + timestamp, () -> callback.onProcessingTime(timestamp));
            } catch (RuntimeException e) {
                failTask.accept(e);
            }
        }, delay, TimeUnit.MILLISECONDS);
    }
}
