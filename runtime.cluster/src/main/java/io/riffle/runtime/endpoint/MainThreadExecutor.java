package io.riffle.runtime.endpoint;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread on which a coordinating component (ResourceManager, JobMaster, ...) changes its
 * state, so that state needs no locks. Tasks run in submission order. The queue is bounded: a
 * component that cannot keep up rejects work with an error instead of growing without limit.
 */
public final class MainThreadExecutor implements Executor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MainThreadExecutor.class);

    private final String name;
    private final ThreadPoolExecutor executor;
    private volatile Thread thread;

    public MainThreadExecutor(String name, int capacity) {
        this.name = name;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(capacity),
                this::newThread, new ThreadPoolExecutor.AbortPolicy());
    }

    private Thread newThread(Runnable runnable) {
        Thread created = new Thread(runnable, name);
        created.setDaemon(true);
        thread = created;
        return created;
    }

    /**
     * Runs the task on the main thread. A task that throws is logged, and the thread goes on.
     *
     * @throws RejectedExecutionException if the executor is closed or its queue is full
     */
    @Override
    public void execute(Runnable task) {
        try {
            executor.execute(() -> runLogged(task));
        } catch (RejectedExecutionException e) {
            throw new RejectedExecutionException(executor.isShutdown() ? name + " is stopped"
                    : name + " is overloaded: " + executor.getQueue().size() + " tasks are waiting", e);
        }
    }

    private void runLogged(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            LOG.error("a task on {} failed", name, e);
        }
    }

    /** Computes a value on the main thread. */
    public <T> CompletableFuture<T> supply(Supplier<T> supplier) {
        return CompletableFuture.supplyAsync(supplier, this);
    }

    /** Whether {@link #close()} was called: nothing more will run. */
    public boolean isShutdown() {
        return executor.isShutdown();
    }

    public boolean isMainThread() {
        return Thread.currentThread() == thread;
    }

    /** Stops taking tasks; those already queued still run. Does not wait, so the main thread itself may call it. */
    public void shutdown() {
        executor.shutdown();
    }

    /** Stops taking tasks, and waits up to the given time for those already queued. */
    public boolean close(long timeout, TimeUnit unit) throws InterruptedException {
        executor.shutdown();
        return executor.awaitTermination(timeout, unit);
    }

    @Override
    public void close() {
        try {
            if (!close(10, TimeUnit.SECONDS)) {
                LOG.warn("{} did not finish its queued tasks within 10 s; they are dropped", name);
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
