package io.riffle.bench.compare;

import io.riffle.bench.cpu.MachineCpu;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits before a run until the machine is quiet, as JOBS.md's reference runs did (below 15 % busy):
 * samples /proc/stat once a second and gives up after a deadline, so a busy machine delays each run
 * by at most that much (the run is then judged by the noise rule alone).
 */
final class QuietMachine implements AutoCloseable {

    static final double QUIET_BUSY_SHARE = 0.15;
    private static final Duration SAMPLE = Duration.ofSeconds(1);

    private final Duration maxWait;
    private final int cores;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "quiet-machine-sampler");
        thread.setDaemon(true);
        return thread;
    });

    QuietMachine(Duration maxWait, int cores) {
        this.maxWait = maxWait;
        this.cores = cores;
    }

    /** Waits until one second with the machine below 15 % busy, at most {@code maxWait}; returns the seconds waited. */
    double await() throws InterruptedException {
        if (maxWait.isZero() || !MachineCpu.available()) {
            return 0;
        }
        long start = System.nanoTime();
        CompletableFuture<Void> quiet = new CompletableFuture<>();
        Sample[] last = {Sample.now()};
        ScheduledFuture<?> sampling = sampler.scheduleAtFixedRate(() -> {
            try {
                Sample now = Sample.now();
                if (last[0].busyShareUntil(now, cores) < QUIET_BUSY_SHARE) {
                    quiet.complete(null);
                }
                last[0] = now;
            } catch (RuntimeException e) {
                quiet.completeExceptionally(e);
            }
        }, SAMPLE.toMillis(), SAMPLE.toMillis(), TimeUnit.MILLISECONDS);
        try {
            quiet.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // still busy: run anyway, the noise rule judges the run
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot sample the machine's CPU: " + e.getCause().getMessage(), e.getCause());
        } finally {
            sampling.cancel(false);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }

    /** The machine's busy seconds at one instant. */
    record Sample(double busySeconds, long nanos) {

        static Sample now() {
            return new Sample(MachineCpu.busySeconds(), System.nanoTime());
        }

        /** The share of all cores' time that was busy from this sample to {@code later}. */
        double busyShareUntil(Sample later, int cores) {
            double elapsed = (later.nanos - nanos) / 1e9 * cores;
            return elapsed <= 0 ? 1 : (later.busySeconds - busySeconds) / elapsed;
        }
    }
}
