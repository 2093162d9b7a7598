package io.riffle.runtime.heartbeat;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.junit.Test;

/** Deterministic: a manual clock, and the test calls {@code tick()} where the timer thread would. */
public class HeartbeatMonitorTest {

    private long now = 10_000;
    private final List<String> lost = new ArrayList<>();
    private final List<Exception> causes = new ArrayList<>();
    private final HeartbeatMonitor<String> monitor = new HeartbeatMonitor<>(new HeartbeatSettings(1_000, 5_000, 2), () -> now,
            (target, cause) -> {
                lost.add(target);
                causes.add(cause);
            });

    /** Requests answered by hand: each request's future is kept. */
    private final List<CompletableFuture<Void>> requests = new ArrayList<>();

    private CompletableFuture<Void> request() {
        CompletableFuture<Void> answer = new CompletableFuture<>();
        requests.add(answer);
        return answer;
    }

    private void advanceAndTick(long ms) {
        now += ms;
        monitor.tick();
    }

    @Test
    public void aTargetThatAlwaysAnswersIsNeverLost() {
        monitor.monitor("te", () -> CompletableFuture.completedFuture(null));
        for (int i = 0; i < 100; i++) {
            advanceAndTick(1_000);
        }
        assertTrue(lost.isEmpty());
        assertTrue(monitor.isMonitored("te"));
    }

    @Test
    public void eachTickSendsOneRequest() {
        monitor.monitor("te", this::request);
        advanceAndTick(1_000);
        advanceAndTick(1_000);
        assertEquals(2, requests.size());
    }

    @Test
    public void aTargetThatStopsAnsweringIsLostTimeoutAfterTheLastAnsweredRequestWasSent() {
        monitor.monitor("te", this::request);
        advanceAndTick(1_000);                 // t=1 s: request 0 sent
        requests.get(0).complete(null);        // answered (a little later in reality): counts from t=1 s
        for (int second = 2; second <= 5; second++) {
            advanceAndTick(1_000);             // requests never answered: the process died
            assertTrue("lost at " + second + " s", lost.isEmpty());
        }
        advanceAndTick(1_000);                 // t=6 s: 5 s after the answered request was sent
        assertEquals(List.of("te"), lost);
        assertTrue(causes.get(0) instanceof TimeoutException);
        assertEquals("heartbeat of te timed out after 5000 ms", causes.get(0).getMessage());
        assertFalse(monitor.isMonitored("te"));
    }

    @Test
    public void aNewTargetHasATimeoutForItsFirstAnswer() {
        monitor.monitor("te", this::request);
        for (int second = 1; second <= 4; second++) {
            advanceAndTick(1_000);
        }
        assertTrue(lost.isEmpty());
        advanceAndTick(1_000);
        assertEquals(List.of("te"), lost);
    }

    /** A timer thread fires a millisecond early: the loss must not wait for the next tick, a whole interval later. */
    @Test
    public void aTickSlightlyEarlyStillFindsTheTimeout() {
        monitor.monitor("te", this::request);
        advanceAndTick(1_000);
        requests.get(0).complete(null);
        for (int second = 2; second <= 5; second++) {
            advanceAndTick(1_000);
        }
        advanceAndTick(999);
        assertEquals(List.of("te"), lost);
    }

    @Test
    public void aTickHalfAnIntervalBeforeTheTimeoutDoesNotLoseTheTarget() {
        monitor.monitor("te", this::request);
        advanceAndTick(4_499);
        assertTrue(lost.isEmpty());
    }

    @Test
    public void aLostTargetIsReportedOnce() {
        monitor.monitor("te", this::request);
        for (int i = 0; i < 20; i++) {
            advanceAndTick(1_000);
        }
        requests.forEach(r -> r.completeExceptionally(new ConnectException("Connection refused")));
        assertEquals(List.of("te"), lost);
    }

    @Test
    public void failedRequestsInARowLoseTheTargetAtOnce() {
        monitor.monitor("te", this::request);
        advanceAndTick(1_000);
        requests.get(0).completeExceptionally(new ConnectException("Connection refused"));
        assertTrue(lost.isEmpty());
        advanceAndTick(1_000);
        requests.get(1).completeExceptionally(new ConnectException("Connection refused"));
        assertEquals(List.of("te"), lost);
        assertTrue(causes.get(0) instanceof HeartbeatFailedException);
        assertEquals("heartbeat of te failed 2 times in a row: Connection refused", causes.get(0).getMessage());
    }

    @Test
    public void anAnswerResetsTheFailuresInARow() {
        monitor.monitor("te", this::request);
        advanceAndTick(1_000);
        requests.get(0).completeExceptionally(new ConnectException("Connection refused"));
        advanceAndTick(1_000);
        requests.get(1).complete(null);
        advanceAndTick(1_000);
        requests.get(2).completeExceptionally(new ConnectException("Connection refused"));
        assertTrue(lost.isEmpty());
    }

    @Test
    public void aRequestThatThrowsCountsAsFailed() {
        monitor.monitor("te", () -> {
            throw new IllegalStateException("stopped");
        });
        advanceAndTick(1_000);
        advanceAndTick(1_000);
        assertEquals(List.of("te"), lost);
    }

    @Test
    public void anUnmonitoredOrReplacedTargetIsNotReported() {
        monitor.monitor("a", this::request);
        monitor.monitor("b", this::request);
        advanceAndTick(1_000);
        monitor.unmonitor("a");
        monitor.monitor("b", () -> CompletableFuture.completedFuture(null)); // registered again
        requests.forEach(r -> r.completeExceptionally(new ConnectException("refused")));
        requests.forEach(r -> r.completeExceptionally(new ConnectException("refused")));
        advanceAndTick(10_000);
        assertEquals(List.of("b"), lost); // the new b had no answered request for 10 s
    }

    @Test
    public void closeForgetsEveryTarget() {
        monitor.monitor("te", this::request);
        monitor.close();
        advanceAndTick(60_000);
        monitor.monitor("late", this::request);
        assertTrue(lost.isEmpty());
        assertTrue(requests.isEmpty());
        assertFalse(monitor.isMonitored("late"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void theTimeoutMustBeLongerThanTheInterval() {
        new HeartbeatSettings(5_000, 5_000, 2);
    }
}
