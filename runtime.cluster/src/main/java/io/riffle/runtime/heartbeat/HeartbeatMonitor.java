package io.riffle.runtime.heartbeat;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Asks each monitored target for a heartbeat every interval ({@link #tick()}, run by a timer thread
 * from {@link #start}) and gives a target up, telling the listener once, when
 * <ul>
 * <li>no request sent within the last {@code timeout} was answered: the time that counts is when
 * the answered request was <em>sent</em>, so a target that dies right after answering is given up
 * {@code timeout} after that request, not up to one interval later; or</li>
 * <li>{@code failureThreshold} requests in a row failed (a refused or lost connection: the peer's
 * process is gone), at the moment the last of them fails.</li>
 * </ul>
 * A request that neither answers nor fails only counts against the timeout. Ticks are taken at
 * their nominal time: timer jitter of up to half an interval does not delay a loss by one interval
 * (so a target registered between two ticks may be lost up to half an interval before its timeout).
 *
 * <p>Thread-safe: ticks, answers and (un)monitoring may come from any thread. No thread of its own:
 * the caller's scheduler drives it, and tests call {@link #tick()} with a manual clock.
 *
 * @param <K> how targets are named (e.g. a ResourceId)
 */
public final class HeartbeatMonitor<K> implements AutoCloseable {

    private final HeartbeatSettings settings;
    private final LongSupplier clockMs;
    private final HeartbeatListener<K> listener;
    private final Map<K, Target> targets = new ConcurrentHashMap<>();
    private volatile ScheduledFuture<?> ticks;
    private volatile boolean closed;

    /** @param clockMs a monotonic clock in milliseconds */
    public HeartbeatMonitor(HeartbeatSettings settings, LongSupplier clockMs, HeartbeatListener<K> listener) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clockMs = Objects.requireNonNull(clockMs, "clockMs");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** A monitor ticking every interval on {@code timer} with the system's monotonic clock. */
    public static <K> HeartbeatMonitor<K> start(HeartbeatSettings settings, ScheduledExecutorService timer, HeartbeatListener<K> listener) {
        HeartbeatMonitor<K> monitor = new HeartbeatMonitor<>(settings, () -> TimeUnit.NANOSECONDS.toMillis(System.nanoTime()), listener);
        monitor.ticks = timer.scheduleAtFixedRate(monitor::tick, settings.intervalMs(), settings.intervalMs(), TimeUnit.MILLISECONDS);
        return monitor;
    }

    public HeartbeatSettings settings() {
        return settings;
    }

    /**
     * Starts (or restarts) monitoring {@code target}; {@code request} asks it for one heartbeat. It
     * counts as answered now, so it has a timeout (less the jitter allowance) to answer its first request.
     */
    public void monitor(K target, Supplier<? extends CompletableFuture<?>> request) {
        if (!closed) {
            targets.put(Objects.requireNonNull(target, "target"), new Target(Objects.requireNonNull(request, "request"), clockMs.getAsLong()));
        }
    }

    /** Stops monitoring {@code target} (it left on its own); the listener hears nothing of it. */
    public void unmonitor(K target) {
        targets.remove(target);
    }

    public boolean isMonitored(K target) {
        return targets.containsKey(target);
    }

    /** One round: gives up targets past their timeout, asks the others for a heartbeat. */
    public void tick() {
        long now = clockMs.getAsLong();
        targets.forEach((id, target) -> {
            // a tick may run a little early or late: it counts as the tick at its nominal time, so the
            // target is lost at the tick at timeout after the send, never one interval later
            if (now - target.lastAnsweredSentAt + settings.intervalMs() / 2 >= settings.timeoutMs()) {
                lose(id, target, new TimeoutException("heartbeat of " + id + " timed out after " + settings.timeoutMs() + " ms"));
            } else {
                request(id, target, now);
            }
        });
    }

    private void request(K id, Target target, long sentAt) {
        CompletableFuture<?> answer;
        try {
            answer = target.request.get();
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((ok, failure) -> {
            if (failure == null) {
                target.answered(sentAt);
            } else if (target.failed() >= settings.failureThreshold()) {
                lose(id, target, new HeartbeatFailedException("heartbeat of " + id + " failed " + settings.failureThreshold()
                        + " times in a row: " + failure.getMessage(), failure));
            }
        });
    }

    /** Tells the listener only if {@code target} is still the one monitored under {@code id}: once per target. */
    private void lose(K id, Target target, Exception cause) {
        if (targets.remove(id, target)) {
            listener.targetLost(id, cause);
        }
    }

    /** Stops ticking and forgets every target; nobody is reported lost. */
    @Override
    public void close() {
        closed = true;
        ScheduledFuture<?> scheduled = ticks;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        targets.clear();
    }

    /** One monitored target; its fields change on the threads that complete its requests. */
    private static final class Target {

        final Supplier<? extends CompletableFuture<?>> request;
        volatile long lastAnsweredSentAt;
        private int failuresInARow;

        Target(Supplier<? extends CompletableFuture<?>> request, long now) {
            this.request = request;
            this.lastAnsweredSentAt = now;
        }

        synchronized void answered(long sentAt) {
            failuresInARow = 0;
            // answers may arrive out of order: keep the latest send time
            lastAnsweredSentAt = Math.max(lastAnsweredSentAt, sentAt);
        }

        synchronized int failed() {
            return ++failuresInARow;
        }
    }

    @Override
    public String toString() {
        return "HeartbeatMonitor " + settings + " of " + targets.keySet();
    }
}
