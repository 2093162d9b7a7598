package io.riffle.taskmanager.internal.task;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.After;
import org.junit.Test;

/**
 * TaskMailbox: mails run in order on the task thread, and a sleeping task wakes for input, mail or
 * close. Cross-thread tests wait on latches and futures; their timeouts only stop a hang.
 */
public class TaskMailboxTest {

    private static final long HANG_TIMEOUT_SECONDS = 10;

    private final TaskMailbox mailbox = new TaskMailbox();
    private final ExecutorService otherThread = Executors.newSingleThreadExecutor();

    @After
    public void stopOtherThread() {
        mailbox.close();
        otherThread.shutdownNow();
    }

    /** Starts the task thread's sleep in another thread; the future completes when it wakes. */
    private Future<?> awaitWorkInOtherThread(CountDownLatch started) {
        return otherThread.submit(() -> {
            started.countDown();
            mailbox.awaitWork();
            return null;
        });
    }

    @Test
    public void runsMailsInTheOrderTheyWerePut() throws Exception {
        List<String> ran = new ArrayList<>();
        mailbox.put("first", () -> ran.add("first"));
        mailbox.put("second", () -> ran.add("second"));
        mailbox.put("third", () -> ran.add("third"));
        assertTrue(mailbox.hasMail());

        mailbox.runMails();

        assertEquals(List.of("first", "second", "third"), ran);
        assertFalse(mailbox.hasMail());
    }

    @Test
    public void runsMailsThatMailsPutInTheSameCall() throws Exception {
        List<String> ran = new ArrayList<>();
        mailbox.put("outer", () -> {
            ran.add("outer");
            mailbox.put("inner", () -> ran.add("inner"));
        });

        mailbox.runMails();

        assertEquals(List.of("outer", "inner"), ran);
        assertFalse(mailbox.hasMail());
    }

    @Test
    public void stopsAtAFailingMailAndKeepsTheRestQueued() throws Exception {
        IOException failure = new IOException("mail failed");
        List<String> ran = new ArrayList<>();
        mailbox.put("failing", () -> {
            throw failure;
        });
        mailbox.put("later", () -> ran.add("later"));

        assertSame(failure, assertThrows(IOException.class, mailbox::runMails));
        assertTrue(mailbox.hasMail());

        mailbox.runMails();
        assertEquals(List.of("later"), ran);
    }

    @Test
    public void doesNotLoseAnInputSignalGivenBeforeTheTaskSleeps() throws Exception {
        CountDownLatch signalled = new CountDownLatch(1);
        Thread producer = new Thread(() -> {
            mailbox.signalInput();
            signalled.countDown();
        });
        producer.start();
        assertTrue(signalled.await(HANG_TIMEOUT_SECONDS, TimeUnit.SECONDS));

        awaitWorkInOtherThread(new CountDownLatch(1)).get(HANG_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        producer.join();
    }

    @Test
    public void consumesTheInputSignalSoTheNextWaitSleepsAgain() throws Exception {
        mailbox.signalInput();

        assertTrue(mailbox.awaitWork(0, TimeUnit.MILLISECONDS));
        assertFalse(mailbox.awaitWork(0, TimeUnit.MILLISECONDS));
    }

    @Test
    public void returnsAtOnceWhileMailIsQueued() throws Exception {
        mailbox.put("pending", () -> {});

        assertTrue(mailbox.awaitWork(0, TimeUnit.MILLISECONDS));
        assertTrue("mail is not consumed by waiting", mailbox.awaitWork(0, TimeUnit.MILLISECONDS));
    }

    @Test
    public void wakesASleepingTaskWhenAnotherThreadSignalsInput() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Future<?> woken = awaitWorkInOtherThread(started);
        assertTrue(started.await(HANG_TIMEOUT_SECONDS, TimeUnit.SECONDS));
        assertThrows(TimeoutException.class, () -> woken.get(20, TimeUnit.MILLISECONDS));

        mailbox.signalInput();

        woken.get(HANG_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    public void wakesASleepingTaskWhenAnotherThreadPutsMail() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Future<?> woken = awaitWorkInOtherThread(started);
        assertTrue(started.await(HANG_TIMEOUT_SECONDS, TimeUnit.SECONDS));

        assertTrue(mailbox.put("wake up", () -> {}));

        woken.get(HANG_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertTrue(mailbox.hasMail());
    }

    @Test
    public void wakesASleepingTaskOnCloseAndThenNeverSleepsAgain() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Future<?> woken = awaitWorkInOtherThread(started);
        assertTrue(started.await(HANG_TIMEOUT_SECONDS, TimeUnit.SECONDS));

        mailbox.close();

        woken.get(HANG_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertTrue(mailbox.isClosed());
        assertTrue(mailbox.awaitWork(0, TimeUnit.MILLISECONDS));
    }

    @Test
    public void dropsQueuedMailsOnCloseAndRefusesNewOnes() throws Exception {
        List<String> ran = new ArrayList<>();
        mailbox.put("queued", () -> ran.add("queued"));

        mailbox.close();

        assertFalse(mailbox.hasMail());
        assertFalse(mailbox.put("late", () -> ran.add("late")));
        mailbox.runMails();
        assertEquals(List.of(), ran);
    }

    @Test
    public void refusesAMailBeyondItsCapacityNamingTheMail() throws Exception {
        for (int i = 0; i < TaskMailbox.CAPACITY; i++) {
            assertTrue(mailbox.put("mail " + i, () -> {}));
        }

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> mailbox.put("one too many", () -> {}));
        assertTrue(e.getMessage(), e.getMessage().contains("'one too many'"));

        mailbox.runMails();
        assertTrue("room again once the mails ran", mailbox.put("after", () -> {}));
    }

    @Test
    public void givesUpWaitingAfterTheTimeoutWhenNothingHappens() throws Exception {
        assertFalse(mailbox.awaitWork(10, TimeUnit.MILLISECONDS));
    }
}
