package io.riffle.taskmanager.internal.operators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Processing time that moves only when the test says so: {@link #advanceTo} sets the clock and runs
 * every callback that became due, in timestamp order (ties in registration order), on the calling
 * thread, as the task thread would.
 */
final class TestingProcessingTimeService implements ProcessingTimeService {

    private record Timer(long timestamp, long sequence, ProcessingTimeCallback callback) {}

    private final PriorityQueue<Timer> timers = new PriorityQueue<>(
            Comparator.comparingLong(Timer::timestamp).thenComparingLong(Timer::sequence));
    private final List<Long> registrations = new ArrayList<>();
    private long now;
    private long nextSequence;

    @Override
    public long getCurrentProcessingTime() {
        return now;
    }

    @Override
    public void registerTimer(long timestamp, ProcessingTimeCallback callback) {
        registrations.add(timestamp);
        timers.add(new Timer(timestamp, nextSequence++, callback));
    }

    /** Moves the clock to {@code time} and runs the callbacks due by then, including ones they register. */
    void advanceTo(long time) throws Exception {
        if (time < now) {
            throw new IllegalArgumentException("processing time cannot go back from " + now + " to " + time);
        }
        now = time;
        Timer next;
        while ((next = timers.peek()) != null && next.timestamp() <= now) {
            timers.poll();
            next.callback().onProcessingTime(next.timestamp());
        }
    }

    /** Callbacks registered and not run yet. */
    int pendingTimers() {
        return timers.size();
    }

    /** The timestamps of every registration so far, in registration order. */
    List<Long> registrations() {
        return List.copyOf(registrations);
    }
}
