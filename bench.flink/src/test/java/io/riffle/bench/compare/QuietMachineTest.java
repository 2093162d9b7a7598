package io.riffle.bench.compare;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import org.junit.Test;

public class QuietMachineTest {

    @Test
    public void busyShareIsBusyTimeOverAllCoresTime() {
        QuietMachine.Sample before = new QuietMachine.Sample(100.0, 0);
        QuietMachine.Sample after = new QuietMachine.Sample(100.5, 1_000_000_000L);
        assertEquals(0.25, before.busyShareUntil(after, 2), 1e-9); // 0.5 busy seconds of 2 core-seconds
        assertEquals(1.0, after.busyShareUntil(after, 2), 0); // no time passed: not known to be quiet
    }

    @Test
    public void noWaitAtAllWhenTheWaitIsZero() throws InterruptedException {
        try (QuietMachine quiet = new QuietMachine(Duration.ZERO, 2)) {
            assertEquals(0, quiet.await(), 0);
        }
    }

    @Test
    public void aBusyMachineDelaysARunByAtMostTheWait() throws InterruptedException {
        try (QuietMachine quiet = new QuietMachine(Duration.ofSeconds(2), 2)) {
            double waited = quiet.await(); // quiet or not, it returns: after a quiet second, or at the deadline
            assertTrue("waited " + waited + " s", waited >= 0 && waited < 60);
        }
    }
}
