package io.riffle.taskmanager.internal.task;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The work a task thread does besides processing records: mails from other threads (operator
 * events, timer callbacks, buffer flushes) and wake-ups when input arrives. The task loop reads one
 * volatile flag per iteration ({@link #hasMail()}) and sleeps in {@link #awaitWork()} only when it
 * has neither input nor mail, so an idle task uses no CPU and a busy one pays almost nothing.
 *
 * <p>Bounded: every sender has at most a few mails in flight by protocol (one split request per
 * reader, one scheduled wake-up per timer queue, one flush per buffer timeout), so a full mailbox
 * means a bug and fails the sender instead of growing.
 */
public final class TaskMailbox {

    static final int CAPACITY = 1024;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    // guarded by lock
    private final Queue<Mail> mails = new ArrayDeque<>();
    private boolean inputSignalled;
    private boolean closed;
    /** Set whenever mails is non-empty: the task loop's cheap check. */
    private volatile boolean hasMail;

    /** Work for the task thread, with a description for errors. */
    public record Mail(String description, ThrowingRunnable action) {}

    /** An action that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {

        void run() throws Exception;
    }

    /**
     * Queues a mail for the task thread.
     *
     * @return false if the mailbox is closed (the task has ended), so the mail will never run
     * @throws IllegalStateException if the mailbox is full
     */
    public boolean put(String description, ThrowingRunnable action) {
        lock.lock();
        try {
            if (closed) {
                return false;
            }
            if (mails.size() >= CAPACITY) {
                throw new IllegalStateException("task mailbox is full (" + CAPACITY + " mails); dropping '" + description + "'");
            }
            mails.add(new Mail(description, action));
            hasMail = true;
            work.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Input became available; wakes the task if it sleeps. Any thread. */
    public void signalInput() {
        lock.lock();
        try {
            inputSignalled = true;
            work.signal();
        } finally {
            lock.unlock();
        }
    }

    public boolean hasMail() {
        return hasMail;
    }

    /** Runs all queued mails on the calling (task) thread. */
    public void runMails() throws Exception {
        while (true) {
            Mail mail;
            lock.lock();
            try {
                mail = mails.poll();
                hasMail = !mails.isEmpty();
            } finally {
                lock.unlock();
            }
            if (mail == null) {
                return;
            }
            mail.action().run();
        }
    }

    /**
     * Sleeps until input is signalled, a mail arrives or the mailbox closes, and consumes the input
     * signal. Returns at once if one of those already happened.
     */
    public void awaitWork() throws InterruptedException {
        lock.lock();
        try {
            while (!inputSignalled && mails.isEmpty() && !closed) {
                work.await();
            }
            inputSignalled = false;
        } finally {
            lock.unlock();
        }
    }

    /** Like {@link #awaitWork()} but gives up after the timeout; returns false if nothing happened. */
    public boolean awaitWork(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lock();
        try {
            while (!inputSignalled && mails.isEmpty() && !closed) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = work.awaitNanos(nanos);
            }
            inputSignalled = false;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Stops accepting mails and wakes the task; queued mails are dropped. */
    public void close() {
        lock.lock();
        try {
            closed = true;
            mails.clear();
            hasMail = false;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }
}
